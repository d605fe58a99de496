// electron-builder afterSign hook (electron-builder.yml): says plainly whether this build was signed
// and notarised, from the variables electron-builder reads, so an unsigned release is never a
// surprise. The signing itself is electron-builder's own (CSC_LINK, CSC_KEY_PASSWORD) and so is the
// notarisation (mac.notarize with APPLE_ID, APPLE_APP_SPECIFIC_PASSWORD, APPLE_TEAM_ID).

/** What is missing for signing (and on macOS notarising) a build for `platform`, from `env`. */
function signingReport(env, platform) {
  const missing = (names) => names.filter((name) => !env[name]);
  const sign = missing(['CSC_LINK', 'CSC_KEY_PASSWORD']);
  const notarize =
    platform === 'darwin' ? missing(['APPLE_ID', 'APPLE_APP_SPECIFIC_PASSWORD', 'APPLE_TEAM_ID']) : [];
  const lines = [];
  if (platform === 'linux') return { signed: true, notarized: true, lines };
  if (sign.length > 0) {
    lines.push(
      `not signed: ${sign.join(' and ')} not set; ${
        platform === 'darwin' ? 'Gatekeeper' : 'SmartScreen'
      } will warn the owner (README, "Installing")`,
    );
  }
  if (notarize.length > 0) lines.push(`not notarised: ${notarize.join(', ')} not set`);
  return { signed: sign.length === 0, notarized: platform !== 'darwin' || notarize.length === 0, lines };
}

async function afterSign(context) {
  const report = signingReport(process.env, context.electronPlatformName);
  for (const line of report.lines) console.warn(`  • winkelbrug: ${line}`);
}

module.exports = afterSign;
module.exports.default = afterSign;
module.exports.signingReport = signingReport;
