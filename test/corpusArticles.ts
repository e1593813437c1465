// Invented articles for the cross-article tests: one flood told by three outlets (the Courier, the
// Wire, the Post), whose figures agree or disagree in known ways, and an unrelated story. Names and
// places are made up for the tests.
//
// Residents evacuated from Marrowvale on Saturday: more than 250 (Courier), about 240 (Wire), some 300
// (Post): the Courier agrees with both, the Wire and the Post disagree. Homes flooded in the lower town:
// about 40 (Courier), 90 (Wire): they disagree. The Post's 500 residents are of another village on
// another day, and the volunteers are another thing. The Wire's engineers deny what the Courier's
// mayor says of the dam.

const article = (...paragraphs: string[]) => `${paragraphs.join('\n\n')}\n`;

export const FLOOD_ARTICLES = {
  courier: article(
    'More than 250 residents were evacuated from the town of Marrowvale on Saturday after the Keldan River burst its banks, the Keldan River Authority said.',
    'Authority spokeswoman Ilse Vantorp said the water had reached the town square by midday. "We moved everyone we could before dark," Vantorp said.',
    'Mayor Tobias Ferrant said the dam upstream had held. About 40 homes were flooded in the lower town, officials said.',
    'The town council opened a shelter in the school gym, where 35 volunteers served hot meals.',
  ),
  wire: article(
    'About 240 residents were evacuated from the town of Marrowvale on Saturday as the Keldan River flooded the lower town, according to the Keldan River Authority.',
    'Ilse Vantorp, a spokeswoman for the authority, said the water had reached the town square by midday.',
    'Engineers at the site denied that the dam upstream had held. Mayor Tobias Ferrant said 90 homes were flooded in the lower town.',
    'Shops along the river stayed closed.',
  ),
  post: article(
    'Some 300 residents were evacuated from the town of Marrowvale on Saturday when the Keldan River rose, the Keldan River Authority said.',
    'On Sunday, about 500 residents were evacuated from the nearby village of Oskby, the authority said.',
    'Some 120 volunteers filled sandbags along the river, Ilse Vantorp of the Keldan River Authority said.',
  ),
  chess: article(
    'The Osterlund Chess Club elected Marta Quell as its president on Tuesday, the club said in a statement.',
    'Quell, who has played at the club for 20 years, said she would open the club to 60 new junior members. "Chess is for everyone," Quell said.',
  ),
} as const;

export type FloodArticle = keyof typeof FLOOD_ARTICLES;

const SYLLABLES = ['ka', 'lo', 'mi', 'ne', 'ru', 'sa', 'to', 'vi', 'ze', 'po'];
const FIRST_NAMES = ['Anna', 'Peter', 'Laura', 'Maria', 'John'];

/** A made-up name for each number: "Kaloka" + ending. */
function madeUpName(i: number, ending: string): string {
  const syllables = SYLLABLES[i % 10] + SYLLABLES[Math.floor(i / 10) % 10] + SYLLABLES[Math.floor(i / 100) % 10];
  return `${syllables[0].toUpperCase()}${syllables.slice(1)}${ending}`;
}

/**
 * `count` floods, each told by three outlets, with a made-up town, river and spokesperson of its
 * own: for the tests that index many articles.
 */
export function floodStories(count: number): { name: string; text: string }[] {
  const out: { name: string; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const town = madeUpName(i, 'vale');
    const river = `${madeUpName(i + 500, 'an')} River`;
    const person = `${FIRST_NAMES[i % 5]} ${madeUpName(i + 250, 'er')}`;
    const n = 100 + 10 * i;
    out.push(
      {
        name: `story${i}-a.news`,
        text: article(
          `More than ${n} residents were evacuated from the town of ${town} on Saturday after the ${river} burst its banks, the ${river} Authority said.`,
          `${person}, a spokeswoman for the authority, said the water had reached the main square by midday.`,
        ),
      },
      {
        name: `story${i}-b.news`,
        text: article(
          `About ${n - 10} residents were evacuated from the town of ${town} on Saturday as the ${river} flooded the lower streets, according to the ${river} Authority.`,
          `${person} said the water had reached the main square by midday.`,
        ),
      },
      {
        name: `story${i}-c.news`,
        text: article(
          `Some ${n + 60} residents were evacuated from the town of ${town} on Saturday, the ${river} Authority said.`,
          `${person} of the ${river} Authority said rescue boats were on their way.`,
        ),
      },
    );
  }
  return out;
}
