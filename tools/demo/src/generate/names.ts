/** Forenames and surnames common in England (ONS baby-name and surname frequency tables, rounded into weights). */

export const GIRLS_NAMES: readonly string[] = [
  'Olivia', 'Amelia', 'Isla', 'Ava', 'Ivy', 'Freya', 'Lily', 'Florence', 'Mia', 'Willow', 'Rosie', 'Sophia',
  'Isabella', 'Grace', 'Daisy', 'Sienna', 'Poppy', 'Elsie', 'Emily', 'Ella', 'Evelyn', 'Phoebe', 'Sofia',
  'Evie', 'Charlotte', 'Harper', 'Millie', 'Matilda', 'Maisie', 'Eva', 'Alice', 'Sophie', 'Ruby', 'Emilia',
  'Chloe', 'Jessica', 'Layla', 'Holly', 'Erin', 'Scarlett', 'Maya', 'Hannah', 'Zara', 'Aisha', 'Fatima',
  'Maryam', 'Amira', 'Zainab', 'Hafsa', 'Nia', 'Aaliyah', 'Priya', 'Anaya', 'Simran', 'Zofia', 'Amelie',
  'Megan', 'Lucy', 'Niamh', 'Orla', 'Caitlin', 'Bethany', 'Leah', 'Molly', 'Ellie', 'Katie', 'Lacey', 'Tilly',
  'Hollie', 'Darcy', 'Esme', 'Harriet', 'Imogen', 'Nancy', 'Violet', 'Aria', 'Luna', 'Thea', 'Iris', 'Mabel',
];

export const BOYS_NAMES: readonly string[] = [
  'Noah', 'Oliver', 'George', 'Arthur', 'Muhammad', 'Leo', 'Harry', 'Oscar', 'Archie', 'Henry', 'Theodore',
  'Freddie', 'Jack', 'Charlie', 'Theo', 'Alfie', 'Jacob', 'Thomas', 'Finley', 'Arlo', 'William', 'Lucas',
  'Roman', 'Tommy', 'Isaac', 'Teddy', 'Alexander', 'Luca', 'Edward', 'James', 'Joshua', 'Albie', 'Elijah',
  'Max', 'Mohammed', 'Reuben', 'Mason', 'Sebastian', 'Rory', 'Jude', 'Louie', 'Benjamin', 'Ethan', 'Adam',
  'Hugo', 'Joseph', 'Reggie', 'Ronnie', 'Louis', 'Frankie', 'Ibrahim', 'Yusuf', 'Ayaan', 'Zayn', 'Omar',
  'Hamza', 'Aarav', 'Arjun', 'Kacper', 'Jakub', 'Daniel', 'Samuel', 'Dylan', 'Kai', 'Riley', 'Tyler',
  'Callum', 'Connor', 'Kyle', 'Liam', 'Lewis', 'Jayden', 'Harrison', 'Bobby', 'Stanley', 'Ezra', 'Felix',
];

export const ADULT_WOMEN_NAMES: readonly string[] = [
  'Sarah', 'Emma', 'Laura', 'Gemma', 'Rebecca', 'Amy', 'Kirsty', 'Rachel', 'Claire', 'Nicola', 'Hayley',
  'Jodie', 'Stacey', 'Natalie', 'Victoria', 'Danielle', 'Lisa', 'Michelle', 'Kelly', 'Joanne', 'Louise',
  'Samantha', 'Charlotte', 'Hannah', 'Jennifer', 'Zoe', 'Leanne', 'Sadia', 'Nadia', 'Shabana', 'Agnieszka',
  'Anita', 'Chantelle', 'Kerry', 'Lindsey', 'Tracey', 'Helen', 'Joanna', 'Katie', 'Lauren',
];

export const ADULT_MEN_NAMES: readonly string[] = [
  'David', 'Daniel', 'Mark', 'Paul', 'Andrew', 'Christopher', 'Matthew', 'James', 'Michael', 'Richard',
  'Stephen', 'Lee', 'Craig', 'Jason', 'Darren', 'Gareth', 'Ryan', 'Scott', 'Wayne', 'Adam', 'Thomas',
  'Steven', 'Jamie', 'Imran', 'Tariq', 'Asif', 'Piotr', 'Tomasz', 'Rajesh', 'Kevin', 'Neil', 'Simon',
  'Jonathan', 'Robert', 'Carl', 'Dean', 'Liam', 'Shaun', 'Gavin', 'Martin',
];

export const GRANDPARENT_NAMES: readonly string[] = [
  'Margaret', 'Susan', 'Patricia', 'Linda', 'Christine', 'Janet', 'Elaine', 'Pauline', 'Brenda', 'Carol',
  'John', 'Peter', 'Alan', 'Brian', 'Keith', 'Graham', 'Colin', 'Trevor', 'Barry', 'Malcolm',
];

export const SURNAMES: readonly (readonly [string, number])[] = [
  ['Smith', 30], ['Jones', 20], ['Taylor', 16], ['Brown', 15], ['Williams', 14], ['Wilson', 12], ['Johnson', 11],
  ['Davies', 11], ['Robinson', 10], ['Wright', 10], ['Thompson', 10], ['Evans', 9], ['Walker', 9], ['White', 9],
  ['Roberts', 9], ['Green', 8], ['Hall', 8], ['Wood', 8], ['Jackson', 8], ['Clarke', 8], ['Patel', 8],
  ['Khan', 8], ['Lewis', 7], ['James', 7], ['Phillips', 7], ['Mason', 6], ['Mitchell', 6], ['Rose', 5],
  ['Davis', 6], ['Rodriguez', 2], ['Cox', 6], ['Alexander', 4], ['Morgan', 6], ['Moore', 6], ['Martin', 6],
  ['Price', 6], ['Clark', 6], ['Turner', 6], ['Hill', 6], ['Cooper', 6], ['Ward', 6], ['Morris', 6],
  ['King', 6], ['Harris', 6], ['Baker', 5], ['Harrison', 5], ['Edwards', 5], ['Hughes', 5], ['Shaw', 5],
  ['Lee', 5], ['Allen', 5], ['Young', 5], ['Scott', 5], ['Parker', 5], ['Bennett', 5], ['Atkinson', 4],
  ['Fletcher', 4], ['Holmes', 4], ['Kelly', 4], ['Murphy', 4], ['Ahmed', 5], ['Hussain', 5], ['Ali', 5],
  ['Begum', 4], ['Akhtar', 3], ['Iqbal', 3], ['Shah', 3], ['Singh', 4], ['Kaur', 3], ['Sharma', 2],
  ['Kowalski', 2], ['Nowak', 2], ['Wiśniewski', 1], ['Okafor', 2], ['Mensah', 2], ['Adeyemi', 2], ['Campbell', 4],
  ['Stewart', 3], ['Murray', 3], ['O\'Brien', 3], ['Doyle', 3], ['Gallagher', 2], ['Brennan', 2], ['Barker', 4],
  ['Marshall', 4], ['Dixon', 4], ['Fox', 3], ['Graham', 3], ['Chapman', 3], ['Ellis', 3], ['Hunt', 3],
  ['Lloyd', 3], ['Pearson', 3], ['Kaye', 2], ['Sutcliffe', 2], ['Ramsden', 2], ['Holroyd', 2], ['Greenwood', 3],
  ['Whitworth', 2], ['Ackroyd', 2], ['Haigh', 2], ['Firth', 2], ['Booth', 3], ['Crowther', 2], ['Lumb', 1],
];

export const SCHOOL_STAFF_NAMES: readonly string[] = [
  'Mrs Helen Ashworth', 'Mr Daniel Okoro', 'Ms Priya Chauhan', 'Mrs Karen Whitfield', 'Mr Gareth Lloyd',
  'Miss Sophie Marsden', 'Mrs Yasmin Hussain', 'Mr Paul Kettlewell', 'Mrs Joanne Pickles', 'Mr Imran Qureshi',
  'Ms Rachel Dunmore', 'Mrs Claire Sugden', 'Mr Robert Hirst', 'Mrs Nadia Rahman', 'Miss Emma Brayshaw',
  'Mr Simon Thackeray', 'Mrs Lindsey Crossley', 'Mr Andrew Metcalfe', 'Ms Joanna Nowicka', 'Mrs Angela Birch',
  'Mr Christopher Eastwood', 'Mrs Sarah Holdsworth', 'Mr Wayne Pollard', 'Mrs Fiona Appleyard', 'Mr Tariq Mahmood',
  'Mrs Deborah Haworth', 'Miss Laura Speight', 'Mr Jonathan Rowley', 'Mrs Gemma Tordoff', 'Mr Neil Oldroyd',
];

/** The LA's School Attendance Support Team: each school has one of these as its named officer. */
export const LA_ATTENDANCE_OFFICERS: readonly string[] = [
  'Joanne Whitaker',
  'Marcus Fielding',
  'Samina Akhtar',
  'Lee Brannigan',
  'Catherine Moss',
  'Tom Heseltine',
];

export const SOCIAL_WORKER_NAMES: readonly string[] = [
  'Alison Drake', 'Bukola Adebayo', 'Carl Inskip', 'Dawn Hepworth', 'Ewan McLeod', 'Farah Siddiqui',
  'Gail Thornton', 'Hassan Malik', 'Irene Woodhouse', 'Jason Pickering', 'Kerry Lambert', 'Lucy Fairbairn',
  'Mohammed Rafiq', 'Natasha Greaves', 'Owen Bairstow', 'Phillipa Cawood', 'Rosa Delgado', 'Stuart Lister',
  'Tanya Brook', 'Usha Mistry', 'Vicky Shackleton', 'William Rhodes', 'Yvonne Sykes', 'Zoe Atherton',
];

export const STREET_SUFFIXES: readonly string[] = [
  'Road', 'Street', 'Lane', 'Avenue', 'Close', 'Drive', 'Grove', 'Crescent', 'Terrace', 'Way', 'Gardens', 'Court',
];

export const STREET_STEMS: readonly string[] = [
  'Albert', 'Victoria', 'Church', 'Mill', 'Station', 'Park', 'Queens', 'Kings', 'Moor', 'Beck', 'Chapel',
  'Ashgrove', 'Beech', 'Oak', 'Hawthorn', 'Larch', 'Sycamore', 'Elm', 'Willow', 'Heather', 'Fern', 'Bracken',
  'Weaver', 'Spinner', 'Dyer', 'Canal', 'Bridge', 'Meadow', 'Cross', 'Hollin', 'Scar', 'Ridge', 'Tenter',
  'Fold', 'Clough', 'Ings', 'Carr', 'Royd', 'Height', 'Bank', 'Well', 'Garden', 'Orchard', 'Priory', 'Abbey',
  'Jubilee', 'Coronation', 'Manor', 'Grange', 'Hall', 'Farrow', 'Tarn', 'Ghyll', 'Pennine', 'Windmill',
];
