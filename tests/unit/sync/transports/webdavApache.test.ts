/** WebdavTransport against a real `rclone serve webdav` (see webdavTargetSuite.ts for what is checked). */
import { describeWebdavTarget } from './webdavTargetSuite';

describeWebdavTarget('apache');
