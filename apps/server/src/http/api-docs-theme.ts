/**
 * Styles laid over Swagger UI on /api/docs so its page reads at WCAG 2.1 AA: its top bar (a field
 * to load another spec, with an unlabelled input and a logo without text) is hidden, and its pale
 * method badges and version stamps take darker colours (white text on them was 1.6–3.8:1, now
 * 4.5:1 or more). What stays is Swagger UI's own markup; docs/ACCESSIBILITY.md names it.
 */
export const API_DOCS_CSS = `
.swagger-ui .topbar { display: none; }
.swagger-ui .info .title small { background: #4d5259; }
.swagger-ui .info .title small.version-stamp { background: #2f6a0a; }
.swagger-ui .info a, .swagger-ui .info .link .url { color: #1f5fa8; }
.swagger-ui .btn.authorize, .swagger-ui .btn.authorize span { color: #1d7048; border-color: #1d7048; }
.swagger-ui .btn.authorize svg { fill: #1d7048; }
.swagger-ui .opblock.opblock-get .opblock-summary-method { background: #1f5fa8; }
.swagger-ui .opblock.opblock-post .opblock-summary-method { background: #1d7048; }
.swagger-ui .opblock.opblock-put .opblock-summary-method { background: #8f5200; }
.swagger-ui .opblock.opblock-patch .opblock-summary-method { background: #0f6b5f; }
.swagger-ui .opblock.opblock-delete .opblock-summary-method { background: #b02626; }
.swagger-ui .opblock.opblock-head .opblock-summary-method,
.swagger-ui .opblock.opblock-options .opblock-summary-method { background: #5b3f9e; }
`;
