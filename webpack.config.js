/* eslint-disable @typescript-eslint/no-require-imports -- webpack reads a CommonJS config */
const path = require("node:path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");
// The build's own plugins and the KPI registry are TypeScript; tsx loads them without a build step.
const { require: requireTs } = require("tsx/cjs/api");
const { FunctionsMetadataLocalesPlugin } = requireTs(
  "./scripts/webpack/FunctionsMetadataLocalesPlugin.ts",
  __filename
);
const { kpiRegistry } = requireTs("./src/domain/kpi/registry.ts", __filename);
const { productionUrl } = requireTs("./scripts/webpack/productionUrl.ts", __filename);
const { devServerHttps } = requireTs("./scripts/webpack/devServerHttps.ts", __filename);
const { renderHelpPage } = requireTs("./scripts/help/renderHelpPage.ts", __filename);
const { SAMPLES, SAMPLES_FOLDER } = requireTs("./preview/samples.ts", __filename);

const port = Number(process.env.npm_package_config_dev_server_port || 3000);
const devUrl = `https://localhost:${port}/`;

module.exports = async (env = {}, options = {}) => {
  const production = options.mode === "production";
  const prodUrl = production ? productionUrl(process.env) : devUrl;
  const rewriteUrl = (text) => text.split(devUrl).join(prodUrl);
  // The preview (preview/: the task pane on the Excel stand-in) exists in development builds only;
  // production carries no stand-in, HyperFormula or copy of Microsoft's Excel client.
  // `--env preview` adds them to a minified build, for the bench's first-render figure only.
  const preview = !production || Boolean(env.preview);

  return {
    devtool: production ? false : "source-map",
    entry: {
      taskpane: "./src/taskpane/index.tsx",
      functions: "./src/functions/functions.ts",
      ...(preview && { preview: "./preview/index.tsx", "preview-blank": "./preview/blank.tsx" }),
    },
    output: {
      path: path.resolve(__dirname, "dist"),
      // functions.js keeps a fixed name: the manifest points at it.
      filename: "[name].js",
      chunkFilename: "[name].[contenthash:8].js",
      clean: true,
    },
    resolve: { extensions: [".ts", ".tsx", ".js"] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: { loader: "ts-loader", options: { transpileOnly: true } },
        },
      ],
    },
    plugins: [
      new CustomFunctionsMetadataPlugin({
        input: "./src/functions/functions.ts",
        output: "functions.json",
      }),
      new FunctionsMetadataLocalesPlugin({
        source: "functions.json",
        registry: kpiRegistry,
        locales: { fr: "functions-fr.json" },
        rewriteUrl: production ? rewriteUrl : undefined,
      }),
      // One page hosts the shared runtime: the task pane and the custom functions load together.
      new HtmlWebpackPlugin({
        filename: "taskpane.html",
        template: "./src/taskpane/taskpane.html",
        chunks: ["functions", "taskpane"],
        chunksSortMode: "manual",
      }),
      // The function reference, generated from the KPI registry: each function's help link.
      new HtmlWebpackPlugin({
        filename: "help.html",
        templateContent: renderHelpPage(Object.values(kpiRegistry)),
        inject: false,
      }),
      ...(preview
        ? [
            new HtmlWebpackPlugin({
              filename: "preview.html",
              template: "./preview/preview.html",
              chunks: ["preview"],
            }),
            new HtmlWebpackPlugin({
              filename: "preview-blank.html",
              template: "./preview/blank.html",
              chunks: ["preview-blank"],
            }),
          ]
        : []),
      new CopyWebpackPlugin({
        patterns: [
          { from: "assets/*.png", to: "assets/[name][ext]" },
          ...(preview
            ? [
                {
                  from: require.resolve("@microsoft/office-js/dist/excel-web-16.00.js"),
                  to: "preview/excel-web-16.00.js",
                },
                ...SAMPLES.map((sample) => ({
                  from: path.join("tests/fixtures/exports", sample.fixture),
                  to: `${SAMPLES_FOLDER}/[name][ext]`,
                })),
              ]
            : []),
          {
            from: "manifest.xml",
            to: "manifest.xml",
            transform: (content) => (production ? rewriteUrl(content.toString()) : content),
          },
        ],
      }),
    ],
    optimization: {
      // Terser by default folds a function called from one place into its caller (reduce_funcs).
      // V8 then optimises the grown callers worse: with it, the importer ran 15% slower in
      // Chromium (measured on the bench's CSV import); without it the bundle is a few bytes larger.
      minimizeOptions: { javascript: { compress: { passes: 2, reduce_funcs: false } } },
    },
    performance: { hints: false },
    devServer: {
      port,
      headers: { "Access-Control-Allow-Origin": "*" },
      host: "localhost",
      server: env.WEBPACK_SERVE ? await devServerHttps() : "https",
      client: { overlay: { warnings: false } },
    },
  };
};
