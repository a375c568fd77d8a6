package io.github.vpnfailover.engine.hooks;

import io.github.vpnfailover.engine.EngineEvent;

/** One reason to run the hooks: the kind, the event behind it, and what the environment variables say (null: empty). */
public record HookCall(HookKind kind, EngineEvent event, String from, String to, String reason) { }
