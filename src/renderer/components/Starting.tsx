import { useApp, useText } from '../state/store-context';

/** Shown until the core has said where the setup stands. */
export function Starting() {
  const t = useText();
  const connection = useApp((state) => state.connection);
  return (
    <section className="panel status" data-testid="starting">
      <p className="state" role="status">
        {t(connection === 'closed' ? 'state.disconnected' : 'state.connecting')}
      </p>
    </section>
  );
}
