// Prerendered at build and served from Next's cache: the fastest answer Next gives.
export default function StaticPage() {
  return (
    <div>
      <h1>Static page</h1>
      <p>A prerendered page that `npm run bench` compares Headway&apos;s pages with.</p>
    </div>
  );
}
