/** Shown by a shell while the hub cannot be reached; the shell retries by itself. */
export function offlinePage(hubUrl: string): string {
  const host = new URL(hubUrl).host.replace(/[^\w.:-]/g, '');
  const html = `<!doctype html><html lang="de"><meta charset="utf-8"><title>Aufruf</title>
<body style="margin:0;height:100vh;display:grid;place-items:center;background:#0b1630;color:#fff;font:28px system-ui,sans-serif;text-align:center">
<div><p style="font-size:44px;font-weight:700;margin:0 0 16px">Einen Moment bitte</p>
<p style="margin:0">Verbindung zum Server (${host}) wird hergestellt …</p></div></body></html>`;
  return `data:text/html;charset=utf-8,${encodeURIComponent(html)}`;
}
