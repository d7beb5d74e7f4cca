import type { Metadata } from 'next';
import { notFound } from 'next/navigation';

// Any address no page answers, for a signed-in person: the Indonesian 404 inside the app's layout
// (the root not-found would show it without navigation).
export default function TidakDitemukan() {
  notFound();
}

// Next resolves not-found.tsx's metadata only when the metadata itself is not found. A notFound()
// from the page alone gave the right <title> in the server's HTML (its error shell), but the flight
// data the page hydrates from carried this page's metadata, i.e. the layouts' "e-Office".
export function generateMetadata(): Metadata {
  notFound();
}
