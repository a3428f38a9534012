/* Builds the task pane (taskpane.html for Excel, index.html standalone) and the ribbon
 * commands page into dist/.
 *
 * Environment:
 *   ADDIN_BASE_URL  where dist/ will be hosted, e.g. https://ocop.sct.angiang.gov.vn/addin/ ;
 *                   every https://localhost:3000/ in manifest.xml is rewritten to it.
 * (or `--env baseUrl=... --env officeJs=local`, which also works in Windows' cmd)
 *   OFFICE_JS       "cdn" (default): Office.js from Microsoft's CDN, as Office requires in
 *                   production; "local": served from @microsoft/office-js beside the pane, for
 *                   the standalone page and the browser tests on a machine without internet.
 */
const path = require("path");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const CopyWebpackPlugin = require("copy-webpack-plugin");

const { DEV_URL, normalizeBaseUrl, rewriteManifest } = require("./scripts/rewriteManifest");
const CDN_OFFICE_JS = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

module.exports = async (env, argv) => {
  const dev = argv.mode !== "production";
  const localOffice = ((env && env.officeJs) || process.env.OFFICE_JS || "cdn") === "local";
  const officeJs = localOffice ? "office-js/office.js" : CDN_OFFICE_JS;
  const target = normalizeBaseUrl((env && env.baseUrl) || process.env.ADDIN_BASE_URL || DEV_URL);

  const config = {
    devtool: dev ? "eval-cheap-module-source-map" : false,
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      commands: "./src/commands/commands.ts",
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: dev ? "[name].js" : "[name].[contenthash:8].js",
      chunkFilename: dev ? "[name].js" : "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js"],
      // exceljs and docx reach for Node built-ins they do not need in the browser.
      fallback: { fs: false, path: false, os: false, crypto: false, stream: false, util: false },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            options: { transpileOnly: true, compilerOptions: { sourceMap: dev } },
          },
        },
      ],
    },
    performance: { hints: false },
    plugins: [
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs,
      }),
      new HtmlWebpackPlugin({
        // The standalone page: no Office.js at all (it would stub alert() and history.pushState).
        filename: "index.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["taskpane"],
        officeJs: "",
      }),
      new HtmlWebpackPlugin({
        filename: "commands.html",
        template: "./src/commands/commands.html",
        chunks: ["commands"],
        officeJs,
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          { from: "src/taskpane/help.html", to: "help.html" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => rewriteManifest(content.toString(), target),
          },
          ...(localOffice
            ? [
                // office.js resolves Office.onReady outside Office only with its file map beside it.
                { from: path.join(OFFICE_DIST, "office.js"), to: "office-js/office.js" },
                {
                  from: path.join(OFFICE_DIST, "o15apptofilemappingtable.js"),
                  to: "office-js/o15apptofilemappingtable.js",
                },
                { from: path.join(OFFICE_DIST, "en-us"), to: "office-js/en-us" },
              ]
            : []),
        ],
      }),
    ],
    devServer: {
      static: { directory: path.resolve(__dirname, "dist") },
      headers: { "Access-Control-Allow-Origin": "*" },
      port: 3000,
    },
  };

  if (env && env.WEBPACK_SERVE) {
    // Sideloading into Excel needs https with a trusted localhost certificate.
    const devCerts = require("office-addin-dev-certs");
    config.devServer.server = { type: "https", options: await devCerts.getHttpsServerOptions() };
  }
  return config;
};
