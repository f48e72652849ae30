const Database = require('better-sqlite3');
const db = new Database('/tmp/wt-body/data/e2e/news.db');
db.prepare("UPDATE staff_users SET email = email || '.' || abs(random()) WHERE email = 'rita.richtext@example.test'").run();
