// The app's one link to its own pages: next/link without the router's prefetch. Every page here is
// rendered per person, so a prefetch cannot be reused, and Next fired two RSC requests for each link
// on screen (the menu, thirty list rows): 24-35 per page view, ~400 ms of server CPU against ~20 ms
// for the page itself (bench/load/page-view.ts), and on a poor phone network they queue in front of
// the page the person asked for. A tap now costs one request.
import NextLink from 'next/link';
import type { ComponentProps } from 'react';

export default function Link(props: ComponentProps<typeof NextLink>) {
  return <NextLink prefetch={false} {...props} />;
}
