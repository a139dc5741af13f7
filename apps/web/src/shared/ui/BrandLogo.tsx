/** Two interlocking rings: 知恵の輪 (a puzzle ring), knowledge linking people. */
export function BrandLogo({ size = 32 }: { size?: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false">
      <rect width="64" height="64" rx="14" fill="#0f766e" />
      <circle cx="26" cy="32" r="12" fill="none" stroke="#ffffff" strokeWidth="6" />
      <circle cx="38" cy="32" r="12" fill="none" stroke="#fcd34d" strokeWidth="6" />
    </svg>
  );
}
