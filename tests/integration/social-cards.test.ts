/** The build-time social cards (next/og), rendered offline from the bundled font. */
import { imageSize } from 'image-size';
import { describe, expect, it } from 'vitest';
import { GET as postCard, generateStaticParams } from '@/app/(site)/og/posts/[image]/route';
import { GET as siteCard } from '@/app/(site)/og/site.png/route';
import { makeBlog, useContentDir } from '../helpers/blog';
import { makeContent, post } from '../helpers/content';

const params = (image: string) => ({ params: Promise.resolve({ image }) });
const request = new Request('http://localhost/');

async function png(res: Response) {
  expect(res.status).toBe(200);
  expect(res.headers.get('content-type')).toBe('image/png');
  return imageSize(new Uint8Array(await res.arrayBuffer()));
}

const useContent = useContentDir();

describe('social cards', () => {
  it('are drawn only for posts without a featured image', async () => {
    useContent(makeBlog());
    expect(generateStaticParams().map((p) => p.image).sort()).toEqual(['code-notes.png', 'old-news.png']);
    expect(await png(await postCard(request, params('code-notes.png')))).toMatchObject({ width: 1200, height: 630, type: 'png' });
    expect((await postCard(request, params('launch.png'))).status).toBe(404);
    expect((await postCard(request, params('no-such-post.png'))).status).toBe(404);
  });

  it('render the site card for the other pages', async () => {
    useContent(makeBlog());
    expect(await png(await siteCard())).toMatchObject({ width: 1200, height: 630 });
  });

  it('still render, without going online, when a title has emoji or letters the font lacks', async () => {
    useContent(
      makeContent({
        'posts/party.md': post("title: 'We launched 🎉🚀'\ndate: 2024-01-01"),
        'posts/tokyo.md': post("title: '東京ミートアップ'\ndate: 2024-01-02"),
      }),
    );
    expect(await png(await postCard(request, params('party.png')))).toMatchObject({ width: 1200 });
    expect(await png(await postCard(request, params('tokyo.png')))).toMatchObject({ width: 1200 });
  });
});
