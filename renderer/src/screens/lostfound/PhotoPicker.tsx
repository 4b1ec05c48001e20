import { Button, FileButton, Group, Image, Modal, Stack, Text } from '@mantine/core';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

function readAsDataUrl(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(file);
  });
}

/** The counter's camera, where the window has one: browser mode on a machine without a camera offers the file only. */
const cameraAvailable = () => typeof navigator !== 'undefined' && !!navigator.mediaDevices?.getUserMedia;

/** A still from the camera as a JPEG data URL, at most 640 px wide (the photo stays well under the 2 MB limit). */
function CameraDialog({
  onTaken,
  onFailed,
  onClose,
}: {
  onTaken(url: string): void;
  onFailed(): void;
  onClose(): void;
}) {
  const { t } = useTranslation();
  const video = useRef<HTMLVideoElement>(null);
  const [ready, setReady] = useState(false);
  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    navigator.mediaDevices
      .getUserMedia({ video: true })
      .then((s) => {
        stream = s;
        if (stopped) {
          for (const track of s.getTracks()) track.stop();
        } else if (video.current) video.current.srcObject = s;
      })
      .catch(() => onFailed());
    return () => {
      stopped = true;
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [onFailed]);
  const take = () => {
    const v = video.current;
    if (!v?.videoWidth) return;
    const scale = Math.min(1, 640 / v.videoWidth);
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(v.videoWidth * scale);
    canvas.height = Math.round(v.videoHeight * scale);
    canvas.getContext('2d')?.drawImage(v, 0, 0, canvas.width, canvas.height);
    onTaken(canvas.toDataURL('image/jpeg', 0.85));
  };
  return (
    <Modal opened title={t('lostfound.fields.cameraTitle')} onClose={onClose} size="lg">
      <Stack gap="xs">
        <video ref={video} autoPlay playsInline muted onLoadedData={() => setReady(true)} style={{ width: '100%' }} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button onClick={take} disabled={!ready} data-autofocus>
            {t('lostfound.fields.cameraTake')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** 照片: from a file, or from the counter's camera when there is one; a camera that fails says to pick a file. */
export function PhotoPicker({
  photo,
  error,
  onChange,
}: {
  photo: string | null;
  error: string | null;
  onChange(photo: string | null): void;
}) {
  const { t } = useTranslation();
  const [camera, setCamera] = useState(false);
  const [cameraFailed, setCameraFailed] = useState(false);
  return (
    <>
      <FileButton
        accept="image/png,image/jpeg,image/webp"
        onChange={(file) => {
          if (file) void readAsDataUrl(file).then(onChange);
        }}
      >
        {(props) => (
          <Button variant="default" {...props}>
            {t('lostfound.fields.photoPick')}
          </Button>
        )}
      </FileButton>
      {cameraAvailable() && !cameraFailed && (
        <Button variant="default" onClick={() => setCamera(true)}>
          {t('lostfound.fields.cameraOpen')}
        </Button>
      )}
      {photo && (
        <>
          <Image src={photo} alt={t('lostfound.fields.photo')} h={36} w={48} fit="cover" radius="sm" />
          <Button variant="subtle" size="xs" onClick={() => onChange(null)}>
            {t('lostfound.fields.photoClear')}
          </Button>
        </>
      )}
      {(error || cameraFailed) && (
        <Text c="red" size="xs" w="100%">
          {error ?? t('lostfound.fields.cameraFailed')}
        </Text>
      )}
      {camera && (
        <CameraDialog
          onClose={() => setCamera(false)}
          onFailed={() => {
            setCamera(false);
            setCameraFailed(true);
          }}
          onTaken={(url) => {
            setCamera(false);
            onChange(url);
          }}
        />
      )}
    </>
  );
}
