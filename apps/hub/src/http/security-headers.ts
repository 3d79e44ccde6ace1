import type { FastifyHelmetOptions } from '@fastify/helmet';

const self = "'self'";
const none = "'none'";

/**
 * The headers of every answer (pages, API, files). Everything a page needs comes from the hub itself:
 * scripts, styles and fonts (@fontsource, built into each app), the display's speech clips (fetched),
 * the socket. Nothing loads from the internet, nothing runs inline, no other site may frame a page.
 */
export const securityHeaders: FastifyHelmetOptions = {
  global: true,
  contentSecurityPolicy: {
    useDefaults: false,
    directives: {
      defaultSrc: [self],
      // No inline <script>, no eval, no on…= handlers: the built apps load one module file each.
      scriptSrc: [self],
      scriptSrcAttr: [none],
      // No 'unsafe-inline': the apps style through stylesheets, and React and Preact set style
      // properties through the CSSOM (element.style), which CSP does not govern. Only markup with a
      // style="" attribute or a <style> element would need it, and none is served (the start page's
      // style is /landing.css). The browser tests fail on any violation (tests/support/browser.ts).
      styleSrc: [self],
      fontSrc: [self],
      // data: for the QR code of a pairing link, drawn as an SVG image in the admin page.
      imgSrc: [self, 'data:'],
      mediaSrc: [self],
      // 'self' covers ws: and wss: to the same host and port (CSP Level 3, Chromium and Firefox):
      // Socket.IO's WebSocket upgrade needs nothing more.
      connectSrc: [self],
      objectSrc: [none],
      baseUri: [self],
      formAction: [self],
      frameAncestors: [none],
    },
  },
  // The hub serves plain http in the office network; HSTS belongs on a TLS proxy in front of it.
  strictTransportSecurity: false,
  xFrameOptions: { action: 'deny' },
  referrerPolicy: { policy: 'no-referrer' },
};
