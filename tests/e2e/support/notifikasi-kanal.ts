// Where the e2e server sends e-mail and WhatsApp: a test SMTP server and a fake gateway that the
// notification spec starts on these ports (E2E_SMTP_PORT, E2E_WA_PORT).
export const E2E_SMTP_PORT = Number(process.env.E2E_SMTP_PORT ?? 2525);
export const E2E_WA_PORT = Number(process.env.E2E_WA_PORT ?? 2526);
export const E2E_WA_TOKEN = 'e2e-gateway-token';

export function e2eKanalEnv(): Record<string, string> {
  return {
    SMTP_URL: `smtp://127.0.0.1:${E2E_SMTP_PORT}`,
    SMTP_FROM: 'e-Office <no-reply@e-office.test>',
    WHATSAPP_GATEWAY_URL: `http://127.0.0.1:${E2E_WA_PORT}/send`,
    WHATSAPP_GATEWAY_TOKEN: E2E_WA_TOKEN,
  };
}
