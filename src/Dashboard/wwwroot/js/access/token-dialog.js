// Asks for a bearer token when the silo refused a change: it shows why (the problem's title and detail, as text),
// how to get a token, and a password field. Resolves with the token, or null when the user cancels.
import { el } from '../dom.js';

export function askForToken(refusal) {
  return new Promise(resolve => {
    const input = el('input', { type: 'password', name: 'token', autocomplete: 'off', required: true, 'data-testid': 'token-input' });
    const dialog = el('dialog', { class: 'token-dialog', 'data-testid': 'token-dialog', 'aria-labelledby': 'token-dialog-title' },
      el('form', { method: 'dialog' },
        el('h2', { id: 'token-dialog-title', text: refusal.status === 403 ? 'This token may not do that' : 'A token is needed' }),
        el('p', { class: 'form-error', 'data-testid': 'token-refusal', text: refusal.title ?? refusal.message }),
        el('p', { class: 'muted', 'data-testid': 'token-detail', text: refusal.detail ?? '' }),
        el('p', { class: 'muted' },
          'Changes need the bearer token of a Kubernetes user allowed to change boards: on a cluster, ',
          el('code', { text: 'kubectl create token <serviceaccount>' }),
          '; with the embedded emulator, the token in ', el('code', { text: '.orleanslife/kubeconfig' }), '.'),
        el('label', {}, 'Bearer token ', input),
        el('div', { class: 'actions' },
          el('button', { type: 'submit', class: 'primary', value: 'use', text: 'Use token' }),
          el('button', { type: 'submit', value: 'cancel', formnovalidate: true, text: 'Cancel' }))));
    dialog.addEventListener('close', () => {
      const token = dialog.returnValue === 'use' ? input.value.trim() : '';
      dialog.remove();
      resolve(token || null);
    });
    document.body.append(dialog);
    dialog.showModal();
    input.focus();
  });
}
