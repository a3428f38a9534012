// Runs once before the test workers start; they inherit the time zone (works on Windows too,
// where `TZ=UTC jest` in a package script would not).
module.exports = async () => {
  process.env.TZ = "UTC";
};
