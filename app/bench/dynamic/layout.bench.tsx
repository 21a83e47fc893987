// The in-app baseline pays what every signed-in page pays around its content:
// the (app) group's layout, rendered per request with the session check and
// the header, so a page's ratio to it is the cost of that page's own work.
export { default } from '@/app/(app)/layout';
