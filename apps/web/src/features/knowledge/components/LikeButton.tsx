import { Button, Stack, Text } from '@mantine/core';
import { IconThumbUp, IconThumbUpFilled } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { toApiError } from '../../../shared/lib/api-error';
import { useErrorText } from '../../../shared/lib/use-error-text';
import { useLikeToggle } from '../hooks/useLikeToggle';

/** 役に立った: a toggle with the count; the author earns points once per colleague. */
export function LikeButton(props: {
  post: { id: string; likedByMe: boolean; likeCount: number };
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  const { errorText } = useErrorText();
  const { toggle, loading } = useLikeToggle(props.post);
  const [message, setMessage] = useState<string | null>(null);
  const liked = props.post.likedByMe;
  return (
    <Stack gap={4} align="flex-start">
      <Button
        variant={liked ? 'filled' : 'outline'}
        leftSection={liked ? <IconThumbUpFilled size={18} /> : <IconThumbUp size={18} />}
        aria-pressed={liked}
        disabled={props.disabled}
        loading={loading}
        onClick={() => {
          setMessage(null);
          toggle().catch((caught: unknown) => setMessage(errorText(toApiError(caught))));
        }}
        data-testid="like-button"
      >
        {t('knowledge.like')}
        <Text span fw={700} ml={8} data-testid="like-count">
          {props.post.likeCount}
        </Text>
      </Button>
      {message ? (
        <Text size="xs" c="red" role="alert">
          {message}
        </Text>
      ) : null}
    </Stack>
  );
}
