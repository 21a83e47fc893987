import { connection } from 'next/server';

const ROWS = Array.from({ length: 11 }, (_, index) => ({ key: `item-${index + 1}`, title: `Item ${index + 1}`, level: (index % 5) + 1 }));

// Rendered on every request, with as many rows as the framework has items.
export default async function DynamicPage() {
  await connection();
  return (
    <div>
      <h1>Dynamic page</h1>
      <table>
        <caption>Eleven rows rendered on request</caption>
        <thead>
          <tr>
            <th scope="col">Item</th>
            <th scope="col">Level</th>
          </tr>
        </thead>
        <tbody>
          {ROWS.map((row) => (
            <tr key={row.key}>
              <th scope="row">{row.title}</th>
              <td>{row.level}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
