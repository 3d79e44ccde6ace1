/** Shown by a shell while the hub cannot be reached; the shell retries by itself. */
export function offlinePage(hubUrl: string): string {
  const host = new URL(hubUrl).host.replace(/[^\w.:-]/g, '');
  const html = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Aufruf</title>
<body style="margin:0;height:100vh;display:grid;place-items:center;background:#0b1630;color:#fff;font:28px system-ui,sans-serif;text-align:center">
<div><p style="font-size:44px;font-weight:700;margin:0 0 16px">Einen Moment bitte</p>
<p style="margin:0">Verbindung zum Server (${host}) wird hergestellt …</p></div></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}

/** A full-screen message from the shell itself, e.g. a configuration error that stops it. */
export function messagePage(title: string, text: string): string {
  const escape = (value: string): string =>
    value.replace(
      /[&<>"']/g,
      (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
    );
  const html = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Aufruf</title>
<body style="margin:0;min-height:100vh;display:grid;place-items:center;background:#0b1630;color:#fff;font:24px system-ui,sans-serif">
<div style="max-width:70ch;padding:2rem"><p style="font-size:40px;font-weight:700;margin:0 0 16px">${escape(title)}</p>
<pre style="white-space:pre-wrap;font:inherit;margin:0">${escape(text)}</pre></div></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
