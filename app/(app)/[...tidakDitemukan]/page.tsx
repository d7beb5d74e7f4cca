import { notFound } from 'next/navigation';

// Any address no page answers, for a signed-in person: the Indonesian 404 inside the app's layout
// (the root not-found would show it without navigation).
export default function TidakDitemukan() {
  notFound();
}
