export {
  CAPABILITIES,
  type Capability,
  type CapabilityId,
  isShipped,
  unshippedMentions,
} from './capabilities.ts';
