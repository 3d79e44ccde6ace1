import type { UnlockVerdict } from './admin-channel.ts';
import { escapeHtml, htmlDataUrl } from './html-page.ts';

type Notice = UnlockVerdict | 'checking' | 'invalid';

/** What the prompt says after each try, German first, English below. */
export const promptNotices: Record<Notice, { readonly de: string; readonly en: string }> = {
  checking: { de: 'Wird beim Server geprüft …', en: 'Checking with the server …' },
  accepted: { de: 'Entsperrt.', en: 'Unlocked.' },
  refused: { de: 'Der Schlüssel stimmt nicht.', en: 'That is not the admin secret.' },
  'rate-limited': {
    de: 'Zu viele falsche Versuche – bitte in zehn Minuten noch einmal.',
    en: 'Too many wrong attempts – try again in ten minutes.',
  },
  unreachable: {
    de: 'Der Server ist nicht erreichbar; der Schlüssel kann nicht geprüft werden.',
    en: 'The server cannot be reached, so the secret cannot be checked.',
  },
  invalid: { de: 'Bitte den Admin-Schlüssel eingeben.', en: 'Please enter the admin secret.' },
};

const style = `body{margin:0;background:#0b1630;color:#fff;font:18px system-ui,sans-serif}
main{padding:24px}h1{font-size:24px;margin:0}.en{color:#b8c4de;font-size:15px;margin:2px 0 12px}
input{width:100%;box-sizing:border-box;font:20px system-ui;padding:10px;margin:8px 0 16px;border-radius:6px;border:0}
button{font:18px system-ui;padding:10px 18px;margin-right:8px;border-radius:6px;border:0;cursor:pointer}
#go{background:#3d7eff;color:#fff}#notice{min-height:3em;margin-top:16px}#notice p{margin:0}`;

/**
 * The small page that asks IT for the admin secret to unlock a terminal. It can only hand the secret
 * to main (window.aufrufAdmin from the prompt's preload); main asks the hub.
 */
export function adminPromptPage(hubUrl: string): string {
  // JSON inside a script element must not be able to close it.
  const notices = JSON.stringify(promptNotices).replace(/</g, '\\u003c');
  const body = `<main>
<h1>Terminal entsperren</h1><p class="en">Unlock this terminal</p>
<form id="form">
<label for="secret">Admin-Schlüssel (geprüft von ${escapeHtml(new URL(hubUrl).host)})</label>
<p class="en">Admin secret (checked by the server)</p>
<input id="secret" type="password" autocomplete="off" autofocus required>
<button id="go" type="submit">Entsperren / Unlock</button><button id="cancel" type="button">Abbrechen / Cancel</button>
</form>
<div id="notice" role="status"><p id="de"></p><p id="en" class="en"></p></div>
</main>
<script>
const notices = ${notices};
const byId = (id) => document.getElementById(id);
const say = (key) => {
  const notice = notices[key] || notices.unreachable;
  byId('de').textContent = notice.de;
  byId('en').textContent = notice.en;
};
byId('form').addEventListener('submit', async (event) => {
  event.preventDefault();
  byId('go').disabled = true;
  say('checking');
  let verdict = 'unreachable';
  try {
    const reply = await window.aufrufAdmin.unlock(byId('secret').value);
    verdict = reply.ok ? reply.value : 'invalid';
  } catch {}
  say(verdict);
  if (verdict === 'accepted') return;
  byId('secret').value = '';
  byId('secret').focus();
  byId('go').disabled = false;
});
byId('cancel').addEventListener('click', () => window.close());
</script>`;
  return htmlDataUrl('Aufruf – Terminal entsperren', body, style);
}
