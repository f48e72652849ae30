import Link from 'next/link';

export default function Forbidden() {
  return (
    <div className="notice">
      <h1>Not allowed</h1>
      <p>Your role does not allow this. Ask an editor or an administrator if you need it.</p>
      <p>
        <Link href="/admin" prefetch={false}>
          Back to the newsroom
        </Link>
      </p>
    </div>
  );
}
