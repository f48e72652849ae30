/**
 * A QR code drawn from the module path lib/auth/two-factor.ts qrPath makes: an inline SVG made on
 * the server, black on white in both colour schemes (phone cameras read dark modules on light
 * ground), with a quiet zone of four modules as the standard asks.
 */
export function QrCode({ size, d, label }: { size: number; d: string; label: string }) {
  const box = size + 8;
  return (
    <svg
      viewBox={`-4 -4 ${box} ${box}`}
      width={200}
      height={200}
      role="img"
      aria-label={label}
      className="rounded border border-line"
    >
      <rect x={-4} y={-4} width={box} height={box} fill="#fff" />
      <path d={d} fill="#000" shapeRendering="crispEdges" />
    </svg>
  );
}
