#!/usr/bin/env bash
# Regenerates src/Kinerja/Accounts/breached-passwords.txt: the passwords a user may not choose.
# Needs npm (to fetch two packages into a temporary folder, never into the build) and Node.js.
# Sources, both MIT (Copyright (c) 2012-2016 Dan Wheeler and Dropbox, Inc.; Copyright (c) 2021 @zxcvbn-ts):
#   @zxcvbn-ts/language-common passwords.json: the most common passwords of the leaked-password corpus
#     zxcvbn ranks by frequency; those of 12 to 64 characters are taken as they are, and the most common
#     shorter ones are lengthened the way users do it (repeated, digits or a year appended).
#   @zxcvbn-ts/language-id names.json and commonWords.json: Indonesian first names and the most frequent words,
#     with this user base's words (KPU, pemilu, bismillah, ...), combined with digits, election years, each other.
# Plus keyboard and digit runs. Only lower-case ASCII of 12 to 64 characters is kept: a shorter password is
# refused by length already (PasswordRules.MinLength); sorted ordinally, unique.
# Usage: scripts/breached-passwords.sh
set -euo pipefail
cd "$(dirname "$0")/.."
out=src/Kinerja/Accounts/breached-passwords.txt
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && npm pack --silent @zxcvbn-ts/language-common@4.1.3 @zxcvbn-ts/language-id@4.1.1 >/dev/null)
for tgz in "$work"/*.tgz; do
  mkdir -p "${tgz%.tgz}" && tar -xzf "$tgz" -C "${tgz%.tgz}"
done
node - "$work" "$out" <<'JS'
const fs = require('fs');
const [work, out] = process.argv.slice(2);
const read = (pkg, file) => JSON.parse(fs.readFileSync(`${work}/${pkg}/package/src/${file}`, 'utf8'));
const ranked = read('zxcvbn-ts-language-common-4.1.3', 'passwords.json');
const names = read('zxcvbn-ts-language-id-4.1.1', 'names.json');
const words = read('zxcvbn-ts-language-id-4.1.1', 'commonWords.json');

const norm = s => s.normalize('NFKC').toLowerCase().trim();
const fits = s => s.length >= 12 && s.length <= 64 && /^[\x21-\x7e]+$/.test(s);
const repeatTo = (w, n) => w.repeat(Math.ceil(n / w.length));

const fromList = new Set(ranked.map(norm).filter(fits));
const patterns = new Set();
const counts = {};
let section = '';
const add = s => {
  if (!fits(s) || fromList.has(s) || patterns.has(s)) return;
  patterns.add(s);
  counts[section] = (counts[section] ?? 0) + 1;
};

const local = ['password', 'passw0rd', 'p@ssw0rd', 'katasandi', 'sandi', 'rahasia', 'kpu', 'kpuri', 'kpud',
  'pemilu', 'pilkada', 'pilpres', 'pileg', 'bawaslu', 'indonesia', 'jakarta', 'merdeka', 'garuda', 'pancasila',
  'bismillah', 'alhamdulillah', 'sayang', 'sayangku', 'cinta', 'admin', 'administrator', 'operator', 'qwerty',
  'welcome', 'selamat', 'masuk', 'login', 'kinerja', 'satker', 'sekretariat', 'anggaran', 'bendahara', 'user',
  'rakyat', 'demokrasi', 'iloveyou'];
const years = ['2019', '2020', '2021', '2022', '2023', '2024', '2025', '2026', '2027', '2028', '2029'];
const runs = ['1', '12', '123', '1234', '12345', '123456', '123456789', '321', '654321', '1111', '007'];
const suffixes = [...runs, ...years];
const shortSuffixes = ['123', '1234', '12345', '123456', '2024', '2025', '2026', '2029'];

section = 'local words';
for (const w of local) {
  for (let k = 1; (k - 1) * w.length < 12; k++) {
    const base = w.repeat(k);
    add(base);
    if (k === 1 || base.length < 12) for (const s of suffixes) for (const t of [base + s, base + '@' + s, base + s + '!']) add(t);
  }
  for (const v of local) for (const s of ['', '123', '2024']) add(w + v + s);
}
section = 'Indonesian names and words';
for (const w of [...names, ...words.slice(0, 300)].map(norm).filter(w => w.length >= 4)) {
  add(repeatTo(w, 12));
  for (const s of ['1234', '12345', '123456', '2024', '2029']) add(w + s);
}
section = 'common short passwords lengthened';
const common = ranked.map(norm).filter(w => w.length >= 3 && w.length < 12);
for (const w of common.slice(0, 2000)) add(repeatTo(w, 12));
for (const w of common.slice(0, 1000)) for (const s of [...shortSuffixes, '!']) add(w + s);

section = 'keyboard and digit runs';
const rows = ['1234567890', 'qwertyuiop', 'asdfghjkl', 'zxcvbnm', 'qwertyuiopasdfghjklzxcvbnm',
  '1234567890qwertyuiopasdfghjklzxcvbnm', 'abcdefghijklmnopqrstuvwxyz',
  '1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p', 'qazwsxedcrfvtgbyhnujmikolp', '1q2w3e4r5t6y7u8i9o0p', 'q1w2e3r4t5y6u7i8o9p0'];
for (const row of [...rows, ...rows.map(r => [...r].reverse().join(''))]) {
  const cycle = row.repeat(4);
  for (let start = 0; start < row.length; start++) for (let n = 12; n <= 16; n++) add(cycle.substr(start, n));
}
for (const c of '0123456789abcdefghijklmnopqrstuvwxyz') for (let n = 12; n <= 20; n++) add(c.repeat(n));
for (const d of ['01234567890', '09876543210']) for (let i = 0; i < 10; i++) for (let len = 2; len <= 6; len++) {
  const g = d.substr(i, len);
  for (let k = 2; k * g.length <= 24; k++) add(g.repeat(k));
  for (const times of [2, 3]) add([...d.substr(i)].map(c => c.repeat(times)).join(''));
}

const all = [...new Set([...fromList, ...patterns])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
fs.writeFileSync(out, all.join('\n') + '\n');
console.log(`${out}: ${all.length} passwords, ${fromList.size} from the list, ${patterns.size} from patterns, ` +
  `${fs.statSync(out).size} bytes`);
console.log(counts);
JS
