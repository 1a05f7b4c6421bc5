// Webpack build for the Customer Grader Excel add-in, after Microsoft's yo office TaskPane template.
// `npm run build` writes dist/ for production; `npm run dev-server` serves the pages on localhost.

const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
const packageJson = require("./package.json");
const { FunctionsMetadataI18nPlugin } = require("./scripts/functions-metadata-i18n.cjs");

// Where the pages are served while developing, and where they are deployed. The production build rewrites
// every dev URL in the copied manifest to the production one.
const urlDev = "https://localhost:3000/";
const urlProd = "https://www.contoso.com/"; // Replace with the real deployment location before publishing.

const devServerPort = Number(
  process.env.npm_package_config_dev_server_port || packageJson.config?.dev_server_port || 3000,
);

/**
 * HTTPS options for the dev server from `office-addin-dev-certs`, or undefined when its certificates are
 * not installed and trusted. Certificates are only read here, never generated or installed: installing the
 * CA needs sudo (run `npx office-addin-dev-certs install` yourself to get https).
 */
async function getHttpsOptions() {
  let devCerts;
  try {
    devCerts = require("office-addin-dev-certs");
  } catch (error) {
    return { options: undefined, reason: `office-addin-dev-certs is not available (${firstLine(error)})` };
  }
  try {
    if (!devCerts.verifyCertificates()) {
      return { options: undefined, reason: "no trusted localhost certificate is installed" };
    }
    const { ca, key, cert } = await devCerts.getHttpsServerOptions();
    return { options: { ca, key, cert }, reason: "" };
  } catch (error) {
    return { options: undefined, reason: firstLine(error) };
  }
}

function firstLine(error) {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0];
}

/** The manifest as deployed: dev URLs (with and without the trailing slash) become production URLs. */
function toProductionManifest(content) {
  const text = content
    .toString()
    .replaceAll(urlDev, urlProd)
    .replaceAll(new URL(urlDev).origin, new URL(urlProd).origin);
  if (text.includes("localhost")) {
    throw new Error("manifest.xml still mentions localhost after rewriting the dev URLs for production");
  }
  return text;
}

/**
 * The demo's pages. demo-taskpane.html loads the add-in's own functions.js and taskpane.js, unchanged, after
 * officeStandIn.js (the simulator-backed Office, Excel and CustomFunctions) instead of office.js from the CDN.
 */
function demoPages() {
  return [
    new HtmlWebpackPlugin({ filename: "demo.html", template: "./src/demo/demo.html", chunks: ["demo"] }),
    new HtmlWebpackPlugin({
      filename: "demo-taskpane.html",
      template: "./src/demo/demo-taskpane.html",
      chunks: ["officeStandIn", "functions", "taskpane"],
      chunksSortMode: "manual",
    }),
  ];
}

module.exports = async (env, argv) => {
  const dev = argv.mode === "development";
  const serving = Boolean(env && env.WEBPACK_SERVE);
  // The local demo page (src/demo: a simulated workbook beside the real pane) is built for development and
  // `npm start`, and with `--env demo` (the end-to-end tests); `npm run build`'s dist/ for deployment leaves it out.
  const demo = dev || Boolean(env && env.demo);

  let server = "http";
  if (serving) {
    const https = await getHttpsOptions();
    const origin = `${https.options ? "https" : "http"}://localhost:${devServerPort}/`;
    if (https.options) {
      server = { type: "https", options: https.options };
      console.log(`[customer-grader] dev server: ${origin}`);
    } else {
      console.log(`[customer-grader] dev server: plain ${origin} (https unavailable: ${https.reason})`);
    }
    if (demo) console.log(`[customer-grader] demo page: ${origin}demo.html`);
  }

  return {
    devtool: "source-map",
    target: "web",
    // One page, one JavaScript runtime (the shared runtime, manifest.xml's <Runtimes>): taskpane.html loads
    // functions.js (the custom functions, and the ribbon commands functions.ts imports) and then
    // taskpane.js. functions.js stands alone, with webpack's runtime in it, because the manifest's
    // CustomFunctions <Script> names it on its own; taskpane.js depends on it (`dependOn`), so the pane
    // reuses the same module instances (one src/shared/runtime adapter, one engine) instead of bundling and
    // instantiating its own copies.
    entry: {
      functions: "./src/functions/functions.ts",
      taskpane: { import: "./src/taskpane/index.tsx", dependOn: "functions" },
      ...(demo ? { officeStandIn: "./src/demo/officeStandIn.ts", demo: "./src/demo/demoPage.ts" } : {}),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      filename: "[name].js",
      clean: true,
    },
    resolve: {
      extensions: [".ts", ".tsx", ".js", ".json"],
      // Lets TypeScript sources import siblings as "./x.js" as well as "./x".
      extensionAlias: { ".js": [".ts", ".tsx", ".js"] },
    },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: "ts-loader",
            // Type checking is `npm run typecheck`; tsconfig's module ESNext keeps ES modules for tree-shaking.
            options: { transpileOnly: true, configFile: path.resolve(__dirname, "tsconfig.json") },
          },
        },
        {
          test: /\.(png|jpe?g|gif|svg|ico)$/,
          type: "asset/resource",
          generator: { filename: "assets/[name][ext][query]" },
        },
      ],
    },
    plugins: [
      new CopyWebpackPlugin({
        // Explicit paths only: a glob over the project root makes `webpack serve` watch the whole tree.
        patterns: [
          { from: "assets/*", to: "assets/[name][ext]" },
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (dev ? content : toProductionManifest(content)),
          },
        ],
      }),
      // functions.json from the JSDoc of the @customfunction functions; also appends their
      // CustomFunctions.associate(...) calls to functions.ts as it is bundled.
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      // functions.zh-CN.json and functions.zh-TW.json from functions.json and src/functions/metadata-i18n.ts.
      new FunctionsMetadataI18nPlugin({
        source: "functions.json",
        translations: path.resolve(__dirname, "src/functions/metadata-i18n.ts"),
      }),
      // The shared runtime's page (manifest: Runtime, FunctionFile and CustomFunctions Page all point at
      // Taskpane.Url). There is no functions.html or commands.html: nothing else is ever loaded. functions.js
      // must come first (taskpane.js runs on its webpack runtime), which also registers the custom functions
      // and ribbon commands before the pane renders; both scripts are deferred and run in this order.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      ...(demo ? demoPages() : []),
    ],
    devServer: {
      // Loopback only: the dev server is plain http unless trusted certificates are installed, sends
      // Access-Control-Allow-Origin: * (as the yo office template does) and serves source maps.
      host: "localhost",
      hot: true,
      headers: { "Access-Control-Allow-Origin": "*" },
      server,
      port: devServerPort,
      // Everything served comes from the compilation (pages, bundles, copied assets and manifest).
      static: false,
    },
  };
};
