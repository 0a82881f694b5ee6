import type { ServerConfiguration } from "webpack-dev-server";

/**
 * HTTPS for the dev server. On Windows and macOS, office-addin-dev-certs installs a trusted local
 * CA (Office refuses untrusted certificates). On Linux it would run `sudo` to do so, so there the
 * dev server makes its own self-signed certificate and `npm start` explains how to trust it.
 */
export async function devServerHttps(): Promise<ServerConfiguration> {
  if (process.platform !== "win32" && process.platform !== "darwin") return { type: "https" };
  const devCerts = (await import("office-addin-dev-certs")) as {
    getHttpsServerOptions: () => Promise<{ ca: Buffer; key: Buffer; cert: Buffer }>;
  };
  return { type: "https", options: await devCerts.getHttpsServerOptions() };
}
