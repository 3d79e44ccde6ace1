import { escapeHtml, htmlDataUrl } from './html-page.ts';

const style = `body{margin:0;min-height:100vh;display:grid;place-items:center;background:#0b1630;color:#fff;
font:28px system-ui,sans-serif;text-align:center}
h1{font-size:52px;margin:0 0 20px}.en{color:#b8c4de;font-size:22px;margin:4px 0 28px}
.address{font:30px ui-monospace,monospace;background:#16254a;padding:8px 20px;border-radius:8px;
display:inline-block;margin:0 0 28px;overflow-wrap:anywhere}p{margin:0}`;

/**
 * Shown by a shell while the hub cannot be reached: says so, names the address being tried (so that
 * whoever stands in front of it can tell a wrong address from a hub that is down) and counts down to
 * the next attempt, which the shell makes by itself.
 */
export function offlinePage(appUrl: string, retryMs: number): string {
  const seconds = Math.max(1, Math.round(retryMs / 1000));
  const body = `<main>
<h1>Keine Verbindung zum Server</h1><p class="en">No connection to the server</p>
<p class="address">${escapeHtml(appUrl)}</p>
<p>Es wird automatisch neu verbunden – nächster Versuch in <b class="s">${seconds}</b> s.</p>
<p class="en">Reconnecting automatically – next attempt in <b class="s">${seconds}</b> s.</p>
</main>
<script>
let left = ${seconds};
const tick = setInterval(() => {
  left = Math.max(0, left - 1);
  for (const el of document.querySelectorAll('.s')) el.textContent = String(left);
  if (left === 0) clearInterval(tick);
}, 1000);
</script>`;
  return htmlDataUrl('Aufruf – keine Verbindung', body, style);
}

/** A full-screen message from the shell itself, e.g. a configuration error that stops it. */
export function messagePage(title: string, text: string): string {
  const body = `<div style="max-width:70ch;padding:2rem;text-align:left">
<p style="font-size:40px;font-weight:700;margin:0 0 16px">${escapeHtml(title)}</p>
<pre style="white-space:pre-wrap;font:inherit;margin:0">${escapeHtml(text)}</pre></div>`;
  return htmlDataUrl('Aufruf', body, style.replace('28px system-ui', '24px system-ui'));
}
