/**
 * The chrome's own icons (menu, quote), inline SVG like components/icons/Icons.tsx: decorative,
 * the control that holds one carries the accessible name.
 */
type IconProps = React.SVGProps<SVGSVGElement>;

export const MenuIcon = (p: IconProps) => (
  <svg viewBox="0 0 24 24" width="20" height="20" aria-hidden="true" focusable="false" {...p}>
    <path d="M3 6h18M3 12h18M3 18h18" stroke="currentColor" strokeWidth="2.2" strokeLinecap="round" />
  </svg>
);

/** A big opening quotation mark for pull quotes (the Guardian's quote icon). */
export const QuoteMark = (p: IconProps) => (
  <svg viewBox="0 0 36 28" width="36" height="28" aria-hidden="true" focusable="false" {...p}>
    <path
      fill="currentColor"
      d="M0 28V17.2C0 7.6 4.6 1.8 13.8 0l1.6 3.3C10.5 4.9 8 8.2 7.8 13.1H14V28H0zm20.6 0V17.2C20.6 7.6 25.2 1.8 34.4 0L36 3.3c-4.9 1.6-7.4 4.9-7.6 9.8h6.2V28H20.6z"
    />
  </svg>
);
