export { classifyInbound } from './classify-inbound.js';
export { parseDeliveryStatus } from './delivery-status.js';
export type {
  BounceInfo,
  HeaderValues,
  InboundClassification,
  InboundKind,
  InboundMail,
  InboundSignals,
} from './inbound-mail.types.js';
export { parseInboundMail } from './parse-inbound-mail.js';
export { extractReplyText } from './reply-text.js';
export { extractReplyToken } from './reply-token.js';
