// The lifecycle settings in force: DOMAIN.md's defaults until buildApp applies the configured
// ones (FUNNEL_RULES). Services read them here; tests may pass their own to a service call.
import { type FunnelSettings, resolveFunnelSettings } from './funnel.rules.js';

let current: FunnelSettings = resolveFunnelSettings();

export function funnelSettings(): FunnelSettings {
  return current;
}

export function configureFunnel(settings: FunnelSettings): void {
  current = settings;
}
