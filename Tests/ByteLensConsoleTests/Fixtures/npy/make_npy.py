#!/usr/bin/env python3
"""Writes the .npy and .npz files the format transcripts read, with numpy's np.save/np.savez.

    python3 Tests/ByteLensConsoleTests/Fixtures/npy/make_npy.py    (numpy 2.4)
"""
import io
import os

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))


def path(name):
    return os.path.join(HERE, name)


np.save(path('grid-f-order.npy'), np.asfortranarray(np.arange(1, 7, dtype='<i4').reshape(2, 3)))
np.save(path('records-aligned.npy'),
        np.array([(1, 0.5, True), (2, -1.25, False)],
                 dtype=np.dtype([('id', '<i4'), ('value', '<f8'), ('flag', '?')], align=True)))
np.save(path('sensor-big-endian.npy'), np.array([20.5, 21.0, -3.75], dtype='>f8'))
np.save(path('scalar.npy'), np.array(3.25))
np.save(path('empty.npy'), np.zeros((0, 3), dtype='>i2'))
np.savez(path('arrays.npz'), grid=np.arange(6.0).reshape(2, 3), names=np.array(['ab', 'cde']))
np.savez_compressed(path('arrays-compressed.npz'), grid=np.arange(6.0).reshape(2, 3),
                    flags=np.array([True, False, True]))
np.save(path('object.npy'), np.array([{'a': 1}, None], dtype=object), allow_pickle=True)
whole = io.BytesIO()
np.save(whole, np.arange(3, dtype='<f8'))
with open(path('truncated.npy'), 'wb') as f:
    f.write(whole.getvalue()[:-5])
