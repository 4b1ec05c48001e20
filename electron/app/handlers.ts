import type { Channel } from '../../shared/contract';
import { coreHandlers } from './core';
import { mainModules } from './modules';
import type { HandlerCall } from './types';

/** A handler whose input was parsed by its own channel's schema (method syntax, so every handler is one of these). */
type ParsedHandler = { handle(input: unknown, call: HandlerCall): unknown }['handle'];

/**
 * Every channel's handler: the core's and each registered module's. Each map is complete for its channels (its type
 * is `HandlerMap` of those channels) and every module is registered, so every channel of the contract has one.
 */
const handlers = new Map<string, ParsedHandler>();
for (const [name, handler] of Object.entries(coreHandlers)) handlers.set(name, handler);
for (const module of Object.values(mainModules))
  for (const [name, handler] of Object.entries(module.handlers)) handlers.set(name, handler);

export function handlerFor(channel: Channel): ParsedHandler {
  const handler = handlers.get(channel);
  if (!handler) throw new Error(`no handler for ${channel}`);
  return handler;
}
