#!/usr/bin/env node
/**
 * `npm start`: builds the add-in in development mode and serves it over HTTPS on port 3000,
 * then says where to open the workbench and how to load the add-in into Excel.
 * Needs nothing beyond `npm ci`: when Office's trusted development certificates are already
 * installed (~/.office-addin-dev-certs) they are used, otherwise webpack-dev-server makes a
 * self-signed one (the browser will ask once to accept it).
 */
const fs = require("node:fs");
const os = require("node:os");
const path = require("node:path");
const webpack = require("webpack");
const WebpackDevServer = require("webpack-dev-server");
const makeConfig = require("../webpack.config.js");

const PORT = 3000;
const ROOT = path.resolve(__dirname, "..");

/** Office's development certificates, when `office-addin-dev-certs install` ran before on this machine. */
function officeDevCerts() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  const files = { key: "localhost.key", cert: "localhost.crt", ca: "ca.crt" };
  const paths = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!fs.existsSync(paths.key) || !fs.existsSync(paths.cert)) return null;
  const options = { key: fs.readFileSync(paths.key), cert: fs.readFileSync(paths.cert) };
  if (fs.existsSync(paths.ca)) options.ca = fs.readFileSync(paths.ca);
  return options;
}

async function main() {
  const config = makeConfig({}, { mode: "development" });
  const certs = officeDevCerts();
  const devServer = { ...config.devServer, port: PORT, server: certs ? { type: "https", options: certs } : "https" };
  const compiler = webpack(config);
  const server = new WebpackDevServer(devServer, compiler);
  await server.start();

  const base = `https://localhost:${PORT}/`;
  const manifest = path.join(ROOT, "manifest.xml");
  const lines = [
    "",
    "Cermat berjalan / Cermat is running",
    "",
    `  Meja kerja / Workbench:  ${base}workbench.html`,
    `  Panel tugas / Task pane: ${base}taskpane.html`,
    "",
    certs
      ? "  Sertifikat: pengembangan Office (~/.office-addin-dev-certs). / Certificate: Office development certificate."
      : "  Sertifikat buatan sendiri: terima peringatan peramban sekali. / Self-signed certificate: accept the browser's warning once.\n" +
        "  Excel desktop needs a trusted one: run `npx office-addin-dev-certs install` once (as administrator), then restart npm start.",
    "",
    "  Pasang di Excel / Load into Excel:",
    "  - Excel di web / Excel on the web: Sisipkan → Add-in → Unggah Add-in Saya / Insert → Add-ins → Upload My Add-in →",
    `      ${manifest}`,
    "  - Excel desktop (Windows/macOS): `npx office-addin-debugging start manifest.xml`,",
    "      or put manifest.xml in a shared folder and add it as a Trusted Add-in Catalog",
    "      (File → Options → Trust Center → Trusted Add-in Catalogs), then Insert → My Add-ins → Shared Folder.",
    "",
    "  Ctrl+C untuk berhenti / to stop.",
    "",
  ];
  console.log(lines.join("\n"));

  const stop = async () => {
    await server.stop();
    process.exit(0);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);
}

main().catch((error) => {
  console.error(`npm start gagal / failed: ${error instanceof Error ? error.stack : String(error)}`);
  process.exit(1);
});
