import { createOrganization, TEST_PASSWORD } from '../../support/factories';
import { errorCode, type GraphQLClient } from '../../support/graphql-client';
import { startTestApp, type TestApp } from '../../support/test-app';

// A 1×1 transparent PNG.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==',
  'base64',
);
const UPLOAD =
  'mutation U($f: String!, $n: String!) { uploadImage(fileBase64: $f, fileName: $n) { id url contentType byteSize } }';

describe('image uploads', () => {
  let t: TestApp;
  let staff: GraphQLClient;

  const get = (url: string, client?: GraphQLClient) =>
    fetch(`${t.url}${url}`, {
      headers: client?.sessionCookie ? { cookie: client.sessionCookie } : {},
    });

  beforeAll(async () => {
    t = await startTestApp();
    staff = t.client();
    await staff.login('staff@example.com');
  });
  afterAll(() => t.close());

  it('stores a sniffed image and serves it only to members of the organization', async () => {
    const { uploadImage: img } = await staff.ok<{
      uploadImage: { id: string; url: string; contentType: string; byteSize: number };
    }>(UPLOAD, { f: PNG.toString('base64'), n: 'diagram.jpg' });
    expect(img).toMatchObject({
      contentType: 'image/png',
      byteSize: PNG.length,
      url: `/uploads/${img.id}`,
    });

    const colleague = t.client();
    await colleague.login('manager@example.com');
    const ok = await get(img.url, colleague);
    expect(ok.status).toBe(200);
    expect(ok.headers.get('content-type')).toBe('image/png');
    expect(ok.headers.get('x-content-type-options')).toBe('nosniff');
    expect(Buffer.from(await ok.arrayBuffer()).equals(PNG)).toBe(true);

    expect((await get(img.url)).status).toBe(401);
    const other = await createOrganization(t.dataSource, 'uploads-other');
    const outsider = t.client();
    await outsider.login(other.adminEmail, TEST_PASSWORD);
    expect((await get(img.url, outsider)).status).toBe(404);
    expect((await get('/uploads/../../etc/passwd', colleague)).status).toBe(404);
  });

  it('refuses SVG, HTML disguised as an image, empty and oversized files', async () => {
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString(
      'base64',
    );
    const refused = await staff.request(UPLOAD, { f: svg, n: 'logo.png' });
    expect(refused.errors?.[0].extensions?.fields?.[0].code).toBe('image.unsupportedType');
    expect(errorCode(await staff.request(UPLOAD, { f: '', n: 'x.png' }))).toBe('BAD_USER_INPUT');
    const big = Buffer.concat([PNG, Buffer.alloc(6 * 1024 * 1024)]).toString('base64');
    const tooBig = await staff.request(UPLOAD, { f: big, n: 'huge.png' });
    expect(tooBig.errors?.[0].extensions?.fields?.[0].code).toBe('image.tooLarge');
    const count = await t.dataSource.query('SELECT COUNT(*) AS n FROM uploaded_files');
    expect(Number(count[0].n)).toBe(1);
  });
});
