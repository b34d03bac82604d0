import { fireEvent, screen, waitFor } from '@testing-library/react';
import { beforeEach, describe, expect, it } from 'vitest';
import type { AssetQuery } from '../../bindings';
import { asset, kinds, locations, person } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { layOutTables } from '../../testing/layout';
import { renderIn } from '../../testing/render';
import { PeoplePage } from './PeoplePage';
import { PersonFormPage } from './PersonFormPage';
import { PersonPage } from './PersonPage';

const PEOPLE = [person('p-1', 'Alice', 'Martin', 2), person('p-2', 'Bruno', 'Durand', 0)];

beforeEach(() => layOutTables());

describe('people', () => {
  it('searches the people as you type', async () => {
    const calls = mockCommands({
      people: (args) => {
        const search = (args as { search: string | null }).search;
        return search ? PEOPLE.filter((p) => p.person.firstName.startsWith(search)) : PEOPLE;
      },
    });
    renderIn('en', <PeoplePage />);
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(2));
    expect(screen.getByTestId('people-count').textContent).toBe('2 people');
    fireEvent.change(screen.getByTestId('people-search'), { target: { value: 'Bru' } });
    await waitFor(() => expect(screen.getAllByTestId('person-row')).toHaveLength(1));
    expect(screen.getByTestId('people-count').textContent).toBe('1 person');
    expect(callsOf(calls, 'people')).toEqual([{ search: null }, { search: 'Bru' }]);
  });

  it('lists the equipment of a person, by assigneeId', async () => {
    const calls = mockCommands({
      people: () => PEOPLE,
      asset_kinds: () => kinds,
      list_assets: () => [asset(), asset({ id: '2', tag: 'PC-0002' })],
      count_assets: () => 2,
    });
    renderIn('fr', <PersonPage id="p-1" />);
    // The title reads the kind of record while it loads, then its name.
    await waitFor(() => expect(screen.getByTestId('page-title').textContent).toBe('Alice Martin'));
    await waitFor(() => expect(screen.getAllByTestId('asset-row')).toHaveLength(2));
    expect(screen.getByTestId('asset-count-label').textContent).toBe('2 matériels');
    const [args] = callsOf(calls, 'list_assets') as Array<{ query: AssetQuery }>;
    expect(args?.query.assigneeId).toBe('p-1');
  });

  it('asks for a name before saving, then saves', async () => {
    const calls = mockCommands({
      location_tree: () => locations,
      save_person: () => ({ ...PEOPLE[0]?.person, id: 'p-9' }),
    });
    renderIn('fr', <PersonFormPage id={null} />);
    const first = await screen.findByTestId('field-firstName');
    fireEvent.click(screen.getByTestId('form-save'));
    expect(screen.getByTestId('error-lastName').textContent).toBe(
      'Indiquez au moins le nom ou le prénom.',
    );
    fireEvent.change(first, { target: { value: 'Chloé' } });
    fireEvent.change(screen.getByTestId('field-lastName'), { target: { value: 'Bernard' } });
    fireEvent.change(screen.getByTestId('field-siteId'), { target: { value: 'loc-paris' } });
    fireEvent.click(screen.getByTestId('form-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/people/p-9'));
    expect(callsOf(calls, 'save_person')).toEqual([
      {
        input: {
          id: null,
          firstName: 'Chloé',
          lastName: 'Bernard',
          email: null,
          department: null,
          siteId: 'loc-paris',
          account: null,
          active: true,
        },
      },
    ]);
  });
});
