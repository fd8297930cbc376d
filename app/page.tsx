import { redirect } from 'next/navigation';

// GET / — everyone starts at their role's home; the guard there sends strangers to /login.
export default function IndexPage() {
  redirect('/dashboard');
}
