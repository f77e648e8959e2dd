// The /live page: subscribes over graphql-ws (the UMD build served at /live/graphql-ws.js) to the
// activity feed and to funnel movements, and lists what arrives, newest first. On reconnect it
// resumes from the last cursor it saw, so nothing is missed while the socket was down.
/* global graphqlWs */
(function () {
  'use strict';
  const MAX_ITEMS = 200;
  const statusEl = document.getElementById('status');
  const activityEl = document.getElementById('activity');
  const movementsEl = document.getElementById('movements');
  const keyInput = document.getElementById('key');
  const cursors = { activity: null, movements: null };
  let client = null;

  function setStatus(state, text) {
    statusEl.dataset.state = state;
    statusEl.textContent = text;
  }

  function add(list, kind, at, text, id) {
    const li = document.createElement('li');
    if (id) li.dataset.id = id;
    const k = document.createElement('span');
    k.className = 'kind';
    k.textContent = kind;
    const time = document.createElement('time');
    time.dateTime = at;
    time.textContent = new Date(at).toLocaleTimeString();
    const body = document.createElement('span');
    body.textContent = text;
    li.append(k, time, body);
    list.prepend(li);
    while (list.children.length > MAX_ITEMS) list.lastElementChild.remove();
  }

  function describeActivity(a) {
    if (a.kind === 'QUEUED' && a.queueItem) return [a.queueItem.uuid, `${a.queueItem.channel} to ${a.queueItem.contact?.fullName ?? a.queueItem.contactId} · ${a.queueItem.status} · ${a.queueItem.campaign?.name ?? ''}`];
    if (a.kind === 'SENT' && a.outreach) return [a.outreach.uuid, `${a.outreach.channel} ${a.outreach.status} · ${a.outreach.contact?.fullName ?? a.outreach.contactId ?? ''} · ${a.outreach.campaign?.name ?? ''}`];
    if (a.kind === 'REPLY' && a.messageEvent) return [a.messageEvent.uuid, `reply (${a.messageEvent.replySentiment ?? 'unknown'}) · ${a.messageEvent.contact?.fullName ?? a.messageEvent.contactId}`];
    if (a.kind === 'MOVEMENT' && a.movement) return [a.movement.uuid, `${a.movement.fromState} → ${a.movement.toState} (${a.movement.eventType})`];
    return [null, '(no longer there)'];
  }

  const ACTIVITY = `subscription LiveActivity($after: String) {
    activity(after: $after) {
      cursor kind occurredAt
      queueItem { uuid channel status contactId contact { fullName } campaign { name } }
      outreach { uuid channel status contactId contact { fullName } campaign { name } }
      messageEvent { uuid eventType replySentiment contactId contact { fullName } }
      movement { uuid fromState toState eventType }
    }
  }`;
  const MOVEMENTS = `subscription LiveMovements($after: String) {
    prospectMoved(after: $after) {
      cursor
      movement { uuid personId fromState toState fromFunnel toFunnel eventType transitionProcessedAt isManualOverride }
    }
  }`;

  function subscribe(name, query, onData) {
    const run = () =>
      client.subscribe(
        { query, variables: { after: cursors[name] } },
        {
          next: (result) => {
            if (result.errors && result.errors.length) {
              const e = result.errors[0];
              // Too slow or a stale cursor: resume from the cursor the server gave, or from now.
              if (e.extensions && e.extensions.code === 'SLOW_CONSUMER') cursors[name] = e.extensions.cursor;
              if (e.extensions && e.extensions.code === 'CURSOR_EXPIRED') cursors[name] = null;
              setStatus('error', e.message);
              return;
            }
            onData(result.data);
          },
          error: (err) => setStatus('error', String((err && err.reason) || err)),
          complete: () => setTimeout(run, 500),
        },
      );
    run();
  }

  function connect() {
    if (client) client.dispose();
    const key = sessionStorage.getItem('gtm-live-key');
    const url = `${location.protocol === 'https:' ? 'wss' : 'ws'}://${location.host}/graphql`;
    client = graphqlWs.createClient({
      url,
      connectionParams: key ? { authorization: `Bearer ${key}` } : {},
      retryAttempts: Infinity,
      shouldRetry: () => true,
      on: {
        connected: () => setStatus('live', 'live'),
        closed: (e) => setStatus('error', `disconnected (${e && e.code})`),
        connecting: () => setStatus('connecting', 'connecting…'),
      },
    });
    subscribe('activity', ACTIVITY, (data) => {
      const a = data.activity;
      cursors.activity = a.cursor;
      const [id, text] = describeActivity(a);
      add(activityEl, a.kind, a.occurredAt, text, id);
    });
    subscribe('movements', MOVEMENTS, (data) => {
      const m = data.prospectMoved;
      cursors.movements = m.cursor;
      if (!m.movement) return;
      const funnel = m.movement.toFunnel ? ` · ${m.movement.toFunnel}` : '';
      add(movementsEl, m.movement.toState, m.movement.transitionProcessedAt, `${m.movement.fromState} → ${m.movement.toState}${funnel} (${m.movement.eventType})${m.movement.isManualOverride ? ' · manual' : ''}`, m.movement.uuid);
    });
  }

  document.getElementById('key-form').addEventListener('submit', (event) => {
    event.preventDefault();
    if (keyInput.value) sessionStorage.setItem('gtm-live-key', keyInput.value);
    else sessionStorage.removeItem('gtm-live-key');
    keyInput.value = '';
    connect();
  });
  connect();
})();
