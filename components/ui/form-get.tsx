// The app's one GET form to its own pages (the search box, the search and list filters): next/form
// without the router's prefetch, for the reason in ./link.tsx. Submitting routes in the app as a tap
// on a link does: only the page's RSC answer is fetched and the shell stays (the search page: 6.0
// against 10.1 ms of server CPU for the whole document, and less to download on a phone). Without
// JavaScript it is a plain GET form. data-navigasi lets the pending-navigation bar
// (components/shell/navigasi-tertunda.tsx) tell these submits from a server action's.
import NextForm from 'next/form';
import type { ComponentProps } from 'react';

type Props = Omit<ComponentProps<typeof NextForm>, 'action' | 'prefetch'> & {
  /** Where the form goes; "" is the page it is on, with the form's fields as its query. */
  action: string;
};

export default function FormGet(props: Props) {
  return <NextForm prefetch={false} data-navigasi="" {...props} />;
}
