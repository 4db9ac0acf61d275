import { watchForUpdate } from '../../lib/site/sw-update';

/** The quiet notice on tool pages: «Доступна новая версия — обновить», shown once, bottom of the screen. */
function offer(apply: () => void): void {
  if (document.querySelector('.sw-update')) return;
  const box = document.createElement('div');
  box.className = 'sw-update';
  box.setAttribute('role', 'status');
  const button = document.createElement('button');
  button.type = 'button';
  button.className = 'button';
  button.textContent = 'обновить';
  button.addEventListener('click', () => {
    button.disabled = true;
    apply();
  });
  box.append('Доступна новая версия — ', button);
  document.body.append(box);
}

if ('serviceWorker' in navigator) {
  void watchForUpdate(navigator.serviceWorker, { offer, reload: () => location.reload() });
}
