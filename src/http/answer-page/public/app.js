// Pols answer page: an inline "Klopt dit?" before an answer is sent, the service worker, and turning on
// push notifications. The page works without this script (the server then shows its own confirm page).

function setUpConfirm(form) {
  const panel = form.querySelector('[data-confirm-panel]');
  const label = form.querySelector('[data-confirm-label]');
  const buttons = form.querySelector('fieldset');
  const chosen = document.createElement('input');
  chosen.type = 'hidden';
  chosen.name = 'value';
  form.querySelectorAll('button[name="value"]').forEach((button) => {
    button.addEventListener('click', (event) => {
      event.preventDefault();
      chosen.value = button.value;
      form.appendChild(chosen);
      label.textContent = button.textContent;
      buttons.hidden = true;
      panel.hidden = false;
      panel.querySelector('button[name="confirmed"]').focus();
    });
  });
  form.querySelector('[data-confirm-cancel]').addEventListener('click', () => {
    chosen.remove();
    panel.hidden = true;
    buttons.hidden = false;
    form.querySelector('button[name="value"]').focus();
  });
}

function keyBytes(base64url) {
  const base64 = (base64url + '='.repeat((4 - (base64url.length % 4)) % 4)).replace(/-/g, '+').replace(/_/g, '/');
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

async function turnOnPush(section) {
  const status = section.querySelector('[data-push-status]');
  try {
    const permission = await Notification.requestPermission();
    if (permission !== 'granted') {
      status.textContent = section.dataset.blocked;
      return;
    }
    const registration = await navigator.serviceWorker.ready;
    const subscription =
      (await registration.pushManager.getSubscription()) ??
      (await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: keyBytes(section.dataset.vapidKey) }));
    const response = await fetch(section.dataset.subscribeUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(subscription.toJSON()),
    });
    if (!response.ok) throw new Error(`subscription not stored: ${response.status}`);
    status.textContent = section.dataset.done;
    section.querySelector('[data-push-on]').hidden = true;
  } catch {
    status.textContent = section.dataset.failed;
  }
}

function setUpPush() {
  const section = document.getElementById('meldingen');
  if (!section || !('serviceWorker' in navigator) || !('PushManager' in window) || !('Notification' in window)) return;
  section.hidden = false;
  if (Notification.permission === 'denied') section.querySelector('[data-push-status]').textContent = section.dataset.blocked;
  section.querySelector('[data-push-on]').addEventListener('click', () => turnOnPush(section));
}

document.addEventListener('DOMContentLoaded', () => {
  document.querySelectorAll('form[data-confirm]').forEach(setUpConfirm);
  if ('serviceWorker' in navigator) navigator.serviceWorker.register('/p/sw.js', { scope: '/p/' }).catch(() => {});
  setUpPush();
});
