/**
 * Icons as inline SVG components (no icon font, no extra request). Decorative by default:
 * the control that holds an icon carries the accessible name.
 */
import type { SVGProps } from 'react';

type IconProps = SVGProps<SVGSVGElement> & { title?: string };

function Svg({ title, children, ...props }: IconProps & { children: React.ReactNode }) {
  return (
    <svg
      viewBox="0 0 24 24"
      width="20"
      height="20"
      fill="currentColor"
      aria-hidden={title ? undefined : true}
      role={title ? 'img' : undefined}
      focusable="false"
      {...props}
    >
      {title ? <title>{title}</title> : null}
      {children}
    </svg>
  );
}

export const FacebookIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M13.5 21v-7.5H16l.4-3h-2.9V8.6c0-.9.3-1.5 1.5-1.5h1.6V4.4c-.3 0-1.2-.1-2.3-.1-2.3 0-3.8 1.4-3.8 3.9v2.3H8v3h2.5V21h3z" />
  </Svg>
);
export const XIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M17.8 3h3l-6.6 7.6L22 21h-6.1l-4.8-6.2L5.6 21h-3l7.1-8.1L2.2 3h6.2l4.3 5.7L17.8 3zm-1 16.2h1.7L7.3 4.7H5.5l11.3 14.5z" />
  </Svg>
);
export const TelegramIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M21.4 4.1 2.9 11.3c-1.3.5-1.2 1.2-.2 1.5l4.7 1.5 1.8 5.6c.2.6.4.8.9.8.4 0 .6-.2.9-.4l2.3-2.2 4.7 3.5c.9.5 1.5.2 1.7-.8l3.1-14.6c.3-1.3-.5-1.9-1.4-1.5zM9.9 14.8l-.4 4-1.5-4.9 9.8-6.2-7.9 7.1z" />
  </Svg>
);
export const VkIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12.8 17.5c-5.5 0-8.6-3.8-8.7-10h2.7c.1 4.6 2.1 6.5 3.7 6.9V7.5h2.6v3.9c1.6-.2 3.2-2 3.8-3.9h2.5c-.4 2.4-2.2 4.2-3.4 4.9 1.3.6 3.3 2.1 4.1 5.1h-2.8c-.6-1.9-2.1-3.4-4.2-3.6v3.6h-.3z" />
  </Svg>
);
export const WhatsAppIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 2a10 10 0 0 0-8.6 15.1L2 22l5-1.3A10 10 0 1 0 12 2zm0 18.2c-1.5 0-3-.4-4.3-1.2l-.3-.2-3 .8.8-2.9-.2-.3A8.2 8.2 0 1 1 12 20.2zm4.5-6.1c-.2-.1-1.5-.7-1.7-.8-.2-.1-.4-.1-.6.1l-.8 1c-.1.2-.3.2-.5.1a6.7 6.7 0 0 1-3.3-2.9c-.2-.4.3-.4.8-1.3.1-.2 0-.3 0-.4l-.8-1.8c-.2-.5-.4-.4-.6-.4h-.5c-.2 0-.4.1-.7.3-.2.3-.9.9-.9 2.2s.9 2.5 1 2.7c.1.2 1.8 2.8 4.4 3.9 1.7.7 2.3.8 3.1.6.5-.1 1.5-.6 1.7-1.2.2-.6.2-1.1.1-1.2l-.7-.3z" />
  </Svg>
);
export const OkIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 12.3a4.7 4.7 0 1 0 0-9.3 4.7 4.7 0 0 0 0 9.3zm0-6.6a1.9 1.9 0 1 1 0 3.9 1.9 1.9 0 0 1 0-3.9zm1.9 10.4c1-.2 1.9-.6 2.7-1.1a1.4 1.4 0 0 0-1.5-2.4 6 6 0 0 1-6.3 0 1.4 1.4 0 1 0-1.5 2.4c.8.5 1.7.9 2.7 1.1l-2.6 2.6a1.4 1.4 0 0 0 2 2L12 18l2.6 2.6a1.4 1.4 0 0 0 2-2l-2.7-2.5z" />
  </Svg>
);
export const MailIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M3 5h18a1 1 0 0 1 1 1v12a1 1 0 0 1-1 1H3a1 1 0 0 1-1-1V6a1 1 0 0 1 1-1zm1 2.4V17h16V7.4l-8 5.3-8-5.3zM5.4 7 12 11.4 18.6 7H5.4z" />
  </Svg>
);
export const LinkIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M10.6 13.4a1 1 0 0 1 0-1.4l3-3a1 1 0 1 1 1.4 1.4l-3 3a1 1 0 0 1-1.4 0zM8.5 19a4.5 4.5 0 0 1-3.2-7.7l2.1-2.1a1 1 0 1 1 1.4 1.4l-2.1 2.1a2.5 2.5 0 0 0 3.5 3.5l2.1-2.1a1 1 0 0 1 1.4 1.4l-2.1 2.1A4.5 4.5 0 0 1 8.5 19zm7.5-4.8a1 1 0 0 1-.7-1.7l2.1-2.1A2.5 2.5 0 0 0 13.9 7l-2.1 2.1a1 1 0 1 1-1.4-1.4l2.1-2.1a4.5 4.5 0 0 1 6.4 6.4l-2.1 2.1a1 1 0 0 1-.8.1z" />
  </Svg>
);
export const ShareIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M18 16a3 3 0 0 0-2.2 1l-7-3.5a3 3 0 0 0 0-1.1l7-3.5A3 3 0 1 0 15 7c0 .2 0 .4.1.6l-7 3.5a3 3 0 1 0 0 3.8l7 3.5A3 3 0 1 0 18 16z" />
  </Svg>
);
export const SearchIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M10.5 3a7.5 7.5 0 0 1 6 12l4.2 4.3a1 1 0 0 1-1.4 1.4L15 16.5A7.5 7.5 0 1 1 10.5 3zm0 2a5.5 5.5 0 1 0 0 11 5.5 5.5 0 0 0 0-11z" />
  </Svg>
);

/** The site's mark: a bold square with the initial, used in the header and icons. */
export const BookmarkIcon = (p: IconProps) => (
  <Svg {...p} fill="none" stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
    <path d="M6 3h12v18l-6-4.5L6 21z" />
  </Svg>
);
export const BookmarkFilledIcon = (p: IconProps) => (
  <Svg {...p} stroke="currentColor" strokeWidth={2} strokeLinejoin="round">
    <path d="M6 3h12v18l-6-4.5L6 21z" />
  </Svg>
);
export const LogoMark = (p: IconProps) => (
  <svg viewBox="0 0 32 32" width="32" height="32" aria-hidden="true" focusable="false" {...p}>
    <rect width="32" height="32" rx="4" fill="#b3122b" />
    <path d="M8 23V9h3.2l6.3 8.6V9H21v14h-3.1l-6.4-8.7V23H8z" fill="#fff" />
    <rect x="22.5" y="19.5" width="3.5" height="3.5" fill="#fff" />
  </svg>
);

/* Media controls (issue 18): the players' and the lightbox's own set. Stroked like the bookmark. */
const Stroked = ({ children, ...p }: IconProps & { children: React.ReactNode }) => (
  <Svg {...p} fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
    {children}
  </Svg>
);
/** A number drawn inside a step icon (10 or 15 seconds). */
const StepSeconds = ({ seconds }: { seconds: number }) => (
  <text x="12" y="15.6" fontSize="7.5" fontWeight="700" textAnchor="middle" fill="currentColor" stroke="none">
    {seconds}
  </text>
);

export const PlayIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M8 4.8v14.4a.8.8 0 0 0 1.2.7l11-7.2a.8.8 0 0 0 0-1.4l-11-7.2a.8.8 0 0 0-1.2.7z" />
  </Svg>
);
export const PauseIcon = (p: IconProps) => (
  <Svg {...p}>
    <rect x="6" y="4.5" width="4" height="15" rx="1" />
    <rect x="14" y="4.5" width="4" height="15" rx="1" />
  </Svg>
);
export const VolumeIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" fill="currentColor" />
    <path d="M15.5 9a4 4 0 0 1 0 6M18 6.5a7.5 7.5 0 0 1 0 11" />
  </Stroked>
);
export const MutedIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M4 9.5h3.5L12 5.5v13l-4.5-4H4z" fill="currentColor" />
    <path d="M15.5 9.5l5 5M20.5 9.5l-5 5" />
  </Stroked>
);
export const BackIcon = ({ seconds, ...p }: IconProps & { seconds: number }) => (
  <Stroked {...p}>
    <path d="M4.6 13.5A7.5 7.5 0 1 0 7 6.6" />
    <path d="M6.5 2.8v4.4h4.4" />
    <StepSeconds seconds={seconds} />
  </Stroked>
);
export const ForwardIcon = ({ seconds, ...p }: IconProps & { seconds: number }) => (
  <Stroked {...p}>
    <path d="M19.4 13.5A7.5 7.5 0 1 1 17 6.6" />
    <path d="M17.5 2.8v4.4h-4.4" />
    <StepSeconds seconds={seconds} />
  </Stroked>
);
export const CaptionsIcon = (p: IconProps) => (
  <Stroked {...p}>
    <rect x="2.5" y="5" width="19" height="14" rx="2" />
    <path d="M10.5 10.2a2.4 2.4 0 1 0 0 3.6M17.5 10.2a2.4 2.4 0 1 0 0 3.6" strokeWidth={1.8} />
  </Stroked>
);
export const FullScreenIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
  </Stroked>
);
export const ExitFullScreenIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M9 4v5H4M15 4v5h5M20 15h-5v5M4 15h5v5" />
  </Stroked>
);
export const PictureInPictureIcon = (p: IconProps) => (
  <Stroked {...p}>
    <rect x="2.5" y="4.5" width="19" height="15" rx="2" />
    <rect x="12" y="11.5" width="7" height="5.5" rx="1" fill="currentColor" stroke="none" />
  </Stroked>
);
export const DownloadIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M12 4v11M7 10.5l5 5 5-5M5 20h14" />
  </Stroked>
);
export const CameraIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M4 7.5h3L9 5h6l2 2.5h3a1 1 0 0 1 1 1V19a1 1 0 0 1-1 1H4a1 1 0 0 1-1-1V8.5a1 1 0 0 1 1-1z" />
    <circle cx="12" cy="13.5" r="3.5" />
  </Stroked>
);
// The chevrons point along the reading direction: mirrored on right-to-left pages (.flip-rtl).
export const ChevronPreviousIcon = (p: IconProps) => (
  <Stroked className="flip-rtl" {...p}>
    <path d="M15 5l-7 7 7 7" />
  </Stroked>
);
export const ChevronNextIcon = (p: IconProps) => (
  <Stroked className="flip-rtl" {...p}>
    <path d="M9 5l7 7-7 7" />
  </Stroked>
);
export const CloseIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M6 6l12 12M18 6L6 18" />
  </Stroked>
);
export const FileIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M6 2.5h8l4.5 4.5v13.5a1 1 0 0 1-1 1H6a1 1 0 0 1-1-1v-17a1 1 0 0 1 1-1z" />
    <path d="M13.5 2.5V7.5h5" />
  </Stroked>
);
export const YouTubeIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M21.6 7.2a2.5 2.5 0 0 0-1.8-1.8C18.2 5 12 5 12 5s-6.2 0-7.8.4a2.5 2.5 0 0 0-1.8 1.8C2 8.8 2 12 2 12s0 3.2.4 4.8a2.5 2.5 0 0 0 1.8 1.8c1.6.4 7.8.4 7.8.4s6.2 0 7.8-.4a2.5 2.5 0 0 0 1.8-1.8c.4-1.6.4-4.8.4-4.8s0-3.2-.4-4.8zM10 15V9l5.2 3-5.2 3z" />
  </Svg>
);
export const InstagramIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M12 3c-2.4 0-2.7 0-3.7.1-1 0-1.6.2-2.2.4-.6.2-1.1.5-1.6 1s-.8 1-1 1.6c-.2.6-.4 1.2-.4 2.2C3 9.3 3 9.6 3 12s0 2.7.1 3.7c0 1 .2 1.6.4 2.2.2.6.5 1.1 1 1.6s1 .8 1.6 1c.6.2 1.2.4 2.2.4 1 .1 1.3.1 3.7.1s2.7 0 3.7-.1c1 0 1.6-.2 2.2-.4.6-.2 1.1-.5 1.6-1s.8-1 1-1.6c.2-.6.4-1.2.4-2.2.1-1 .1-1.3.1-3.7s0-2.7-.1-3.7c0-1-.2-1.6-.4-2.2-.2-.6-.5-1.1-1-1.6s-1-.8-1.6-1c-.6-.2-1.2-.4-2.2-.4C14.7 3 14.4 3 12 3zm0 1.6c2.4 0 2.7 0 3.6.1.9 0 1.4.2 1.7.3.4.2.7.4 1 .7.3.3.5.6.7 1 .1.3.3.8.3 1.7.1.9.1 1.2.1 3.6s0 2.7-.1 3.6c0 .9-.2 1.4-.3 1.7-.2.4-.4.7-.7 1-.3.3-.6.5-1 .7-.3.1-.8.3-1.7.3-.9.1-1.2.1-3.6.1s-2.7 0-3.6-.1c-.9 0-1.4-.2-1.7-.3-.4-.2-.7-.4-1-.7-.3-.3-.5-.6-.7-1-.1-.3-.3-.8-.3-1.7-.1-.9-.1-1.2-.1-3.6s0-2.7.1-3.6c0-.9.2-1.4.3-1.7.2-.4.4-.7.7-1 .3-.3.6-.5 1-.7.3-.1.8-.3 1.7-.3.9-.1 1.2-.1 3.6-.1zm0 2.8a4.6 4.6 0 1 0 0 9.2 4.6 4.6 0 0 0 0-9.2zM12 15a3 3 0 1 1 0-6 3 3 0 0 1 0 6zm5.9-7.8a1.1 1.1 0 1 1-2.2 0 1.1 1.1 0 0 1 2.2 0z" />
  </Svg>
);
export const RssIcon = (p: IconProps) => (
  <Svg {...p}>
    <path d="M5 17a2 2 0 1 1 0 4 2 2 0 0 1 0-4zM3 10.2v2.7a8.1 8.1 0 0 1 8.1 8.1h2.7A10.8 10.8 0 0 0 3 10.2zm0-5.4v2.7A13.5 13.5 0 0 1 16.5 21h2.7A16.2 16.2 0 0 0 3 4.8z" />
  </Svg>
);
export const ArrowUpIcon = (p: IconProps) => (
  <Stroked {...p}>
    <path d="M12 19V5M5.5 11.5 12 5l6.5 6.5" />
  </Stroked>
);
