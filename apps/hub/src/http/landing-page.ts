const escape = (s: string): string =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

const links = [
  { href: '/kiosk/', title: 'Kiosk', text: 'Nummer ziehen – Touchscreen am Eingang' },
  { href: '/counter/', title: 'Schalter', text: 'Aufrufen und bedienen – für die Mitarbeitenden' },
  { href: '/display/', title: 'Anzeige', text: 'Aufrufe für den Fernseher im Wartebereich' },
  { href: '/admin/', title: 'Verwaltung', text: 'Lage, Geräte und Statistik – mit dem Admin-Schlüssel' },
];

/** The start page's style, served as /landing.css: the pages' CSP allows no inline style element. */
export const landingCss = `body{margin:0;font-family:system-ui,sans-serif;background:#f4f6f9;color:#14213d}
main{max-width:56rem;margin:0 auto;padding:3rem 1.5rem}
h1{font-size:2.2rem;margin:0 0 .25rem}p{color:#465472;margin:0 0 2rem;font-size:1.15rem}
nav{display:grid;gap:1rem;grid-template-columns:repeat(auto-fit,minmax(15rem,1fr))}
.card{display:flex;flex-direction:column;gap:.5rem;padding:1.5rem;border-radius:14px;background:#fff;
box-shadow:0 2px 10px rgb(20 33 61/.12);text-decoration:none;color:inherit;border:2px solid transparent}
.card:hover,.card:focus-visible{border-color:#0b4f9c}.card strong{font-size:1.5rem;color:#0b4f9c}
`;

/** The hub's start page: where each device of the office finds its screen. */
export function landingPage(officeName: string): string {
  const cards = links
    .map((l) => `<a class="card" href="${l.href}"><strong>${l.title}</strong><span>${l.text}</span></a>`)
    .join('\n');
  return `<!doctype html>
<html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<link rel="stylesheet" href="/landing.css">
<title>${escape(officeName)} – Aufruf</title>
</head>
<body><main><h1>${escape(officeName)}</h1><p>Aufruf – Wartemarken und Aufrufanzeige. Bitte wählen Sie das Gerät:</p>
<nav>${cards}</nav></main></body></html>`;
}
