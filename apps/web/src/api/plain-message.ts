/**
 * The validator's stock phrasing ("Too small: expected string to have >=1 characters") in plain
 * words for the person filling in the form. Messages written for people pass through unchanged.
 */
const RULES: [RegExp, (m: RegExpMatchArray) => string][] = [
  [/^Too small: expected string to have >=1 characters?$/, () => 'Fill this in'],
  [/^Too small: expected string to have >=(\d+) characters?$/, (m) => `Must be at least ${m[1]} characters`],
  [/^Too big: expected string to have <=(\d+) characters?$/, (m) => `Must be at most ${m[1]} characters`],
  [/^Too small: expected (?:array|set) to have >=1 items?$/, () => 'Choose at least one'],
  [/^Too small: expected (?:array|set) to have >=(\d+) items?$/, (m) => `Choose at least ${m[1]}`],
  [/^Too big: expected (?:array|set) to have <=(\d+) items?$/, (m) => `Choose at most ${m[1]}`],
  [/^Too small: expected number to be >=?(-?[\d.]+)$/, (m) => `Must be at least ${m[1]}`],
  [/^Too big: expected number to be <=?(-?[\d.]+)$/, (m) => `Must be at most ${m[1]}`],
  [/^Invalid input: expected \w+, received (?:undefined|null)$/, () => 'Fill this in'],
  [/^Invalid input: expected int, received number$/, () => 'Enter a whole number'],
  [/^Invalid input: expected number, received \w+$/, () => 'Enter a number'],
  [/^Invalid email address$/, () => 'Enter an email address, like name@example.com'],
  [/^Invalid URL$/, () => 'Enter a full web address, starting with https://'],
  [/^Invalid ISO date(?:time)?$/, () => 'Enter a date'],
  [/^Invalid option: expected one of /, () => 'Choose one of the options'],
  [/^Invalid string: must match pattern /, () => 'This is not in the expected format'],
  [/^Invalid input(?::.*)?$/, () => 'This value is not valid'],
];

export function plainMessage(message: string): string {
  for (const [pattern, words] of RULES) {
    const match = message.match(pattern);
    if (match) return words(match);
  }
  return message;
}
