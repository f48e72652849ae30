// Runs in the browser to close the header's menus with Escape or a click elsewhere, as menus do; without JavaScript each is a <details> that its summary opens and closes.

// The account menu and the site menu (components/layout/SiteMenu.tsx): one listener pair for both.
// The site menu is marked `data-menu`, not `data-island`: it is on every page and works as a
// <details>, so it alone must not bring the script to a page that has no other island (an
// anonymous front or list runs none); where the script is, Escape closes it too.
const OPEN_MENU =
  'details[data-island="account-menu"][open], details[data-menu="site"][open], details[data-menu="editions"][open]';

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
