// heartbeat: a subscription that ticks at a fixed interval, so clients (and load balancers) can
// check that a live connection works end to end, through the same auth and limits as any other.
import { Repeater } from 'graphql-yoga';
import { builder } from '../../builder.js';
import * as access from '../common/access.js';

interface Beat {
  sequence: number;
  at: Date;
}

const Heartbeat = builder.objectRef<Beat>('Heartbeat').implement({
  description: 'One tick of the heartbeat subscription.',
  fields: (t) => ({
    sequence: t.exposeInt('sequence', { description: 'Ticks since the subscription started (1, 2, …).' }),
    at: t.expose('at', { type: 'DateTime', description: 'Server time of the tick.' }),
  }),
});

builder.subscriptionField('heartbeat', (t) =>
  t.field({
    type: Heartbeat,
    description: 'Ticks every `intervalSeconds`; ends when the client unsubscribes or the server shuts down.',
    authScopes: access.read,
    args: {
      intervalSeconds: t.arg.int({
        required: false,
        defaultValue: 15,
        description: 'Seconds between ticks (1 to 300, default 15).',
      }),
    },
    subscribe: (_root, args) => {
      const ms = Math.min(300, Math.max(1, args.intervalSeconds ?? 15)) * 1000;
      return new Repeater<Beat>(async (push, stop) => {
        let sequence = 0;
        const timer = setInterval(() => {
          sequence += 1;
          void push({ sequence, at: new Date() });
        }, ms);
        await stop;
        clearInterval(timer);
      });
    },
    resolve: (beat) => beat,
  }),
);
