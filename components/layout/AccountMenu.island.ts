// Runs in the browser to close the account menu with Escape or a click elsewhere, as menus do; without JavaScript it is a <details> that its summary opens and closes.

const OPEN_MENU = 'details[data-island="account-menu"][open]';

export function enhanceAccountMenu(root: Document = document): void {
  root.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape') return;
    for (const menu of root.querySelectorAll<HTMLDetailsElement>(OPEN_MENU)) {
      const hadFocus = menu.contains(document.activeElement);
      menu.open = false;
      if (hadFocus) menu.querySelector('summary')?.focus();
    }
  });
  root.addEventListener('click', (event) => {
    for (const menu of root.querySelectorAll<HTMLDetailsElement>(OPEN_MENU)) {
      if (!(event.target instanceof Node) || !menu.contains(event.target)) menu.open = false;
    }
  });
}
